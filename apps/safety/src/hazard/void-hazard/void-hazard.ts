import { liveRecord } from '@park-ledger/decider';
import { eventOf, HazardVoided, type HazardEvent } from '@park-ledger/contracts';
import type { HazardState } from '../hazard.state';

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
