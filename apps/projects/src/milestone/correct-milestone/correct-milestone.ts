import { eventOf, MilestoneCorrected, type PayloadOf } from '@park-ledger/contracts';
import type { MilestoneEvent, MilestoneState } from '../milestone.state';
import { refuseMisplacedRank, refuseUnlessRecorded } from '../milestone.rules';

/** Restates every fact of the milestone (title, date, kind, …) as it should have been recorded. */
export type CorrectMilestone = PayloadOf<typeof MilestoneCorrected> & {
  readonly type: 'CorrectMilestone';
  readonly occurredAt: string;
};

export const correctMilestone = (
  { type: _type, occurredAt: _occurredAt, ...corrected }: CorrectMilestone,
  state: MilestoneState,
): MilestoneEvent[] => {
  refuseUnlessRecorded(state, corrected.milestoneId);
  refuseMisplacedRank(corrected);
  return [eventOf(MilestoneCorrected, corrected)];
};
