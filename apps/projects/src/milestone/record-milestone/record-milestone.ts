import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, MilestoneRecorded, type PayloadOf } from '@park-ledger/contracts';
import type { MilestoneEvent, MilestoneState } from '../milestone.state';
import { refuseMisplacedRank } from '../milestone.rules';

export type RecordMilestone = PayloadOf<typeof MilestoneRecorded> & {
  readonly type: 'RecordMilestone';
  readonly occurredAt: string;
};

export const recordMilestone = (
  { type: _type, occurredAt: _occurredAt, ...milestone }: RecordMilestone,
  state: MilestoneState,
): MilestoneEvent[] => {
  if (state.status !== 'None') {
    throw new DomainRuleViolation('milestone-already-recorded', `Milestone ${milestone.milestoneId} is already recorded`);
  }
  refuseMisplacedRank(milestone);
  return [eventOf(MilestoneRecorded, milestone)];
};
