import { liveRecord } from '@park-ledger/decider';
import { eventOf, RelocationVoided, type RelocationEvent } from '@park-ledger/contracts';
import type { RelocationState } from '../relocation.state';

export type VoidRelocation = {
  readonly type: 'VoidRelocation';
  readonly relocationId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidRelocation = (command: VoidRelocation, state: RelocationState): RelocationEvent[] => {
  liveRecord(state, 'relocation', command.relocationId);
  return [eventOf(RelocationVoided, { relocationId: command.relocationId, reason: command.reason })];
};
