import { eventOf, HazardVoided, type HazardEvent } from '@park-ledger/contracts';
import { liveRecord } from '@park-ledger/department';
import type { HazardState } from '../hazard';

export type VoidHazard = {
  readonly type: 'VoidHazard';
  readonly hazardId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidHazard = (command: VoidHazard, state: HazardState): HazardEvent[] => {
  liveRecord(state, 'hazard', command.hazardId);
  return [eventOf(HazardVoided, { hazardId: command.hazardId, reason: command.reason })];
};
