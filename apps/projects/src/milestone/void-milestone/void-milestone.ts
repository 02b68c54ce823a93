import { eventOf, MilestoneVoided } from '@park-ledger/contracts';
import type { MilestoneEvent, MilestoneState } from '../milestone.state';
import { refuseUnlessRecorded } from '../milestone.rules';

export type VoidMilestone = {
  readonly type: 'VoidMilestone';
  readonly milestoneId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidMilestone = ({ milestoneId, reason }: VoidMilestone, state: MilestoneState): MilestoneEvent[] => {
  refuseUnlessRecorded(state, milestoneId);
  return [eventOf(MilestoneVoided, { milestoneId, reason })];
};
