import { liveRecord } from '@park-ledger/decider';
import { eventOf, RelocationDetailsCorrected, type RelocationEvent } from '@park-ledger/contracts';
import type { RelocationState } from '../relocation.state';
import type { RelocationDetails } from '../start-relocation/start-relocation';

export type CorrectRelocation = RelocationDetails & {
  readonly type: 'CorrectRelocation';
  readonly relocationId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const correctRelocation = (command: CorrectRelocation, state: RelocationState): RelocationEvent[] => {
  liveRecord(state, 'relocation', command.relocationId);
  const { relocationId, enterpriseNameZh, enterpriseNameEn, reason } = command;
  return [eventOf(RelocationDetailsCorrected, { relocationId, enterpriseNameZh, enterpriseNameEn, reason })];
};
