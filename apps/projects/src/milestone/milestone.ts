import { decideBy, type Decider } from '@park-ledger/decider';
import { correctMilestone, type CorrectMilestone } from './correct-milestone/correct-milestone';
import { initialMilestoneState, type MilestoneEvent, type MilestoneState } from './milestone.state';
import { recordMilestone, type RecordMilestone } from './record-milestone/record-milestone';
import { voidMilestone, type VoidMilestone } from './void-milestone/void-milestone';

export { milestoneStreamId, type MilestoneEvent, type MilestoneState } from './milestone.state';

export type MilestoneCommand = RecordMilestone | CorrectMilestone | VoidMilestone;

const evolve = (_state: MilestoneState, { type, payload }: MilestoneEvent): MilestoneState => {
  switch (type) {
    case 'MilestoneRecorded':
    case 'MilestoneCorrected':
      return { status: 'Recorded', milestoneId: payload.milestoneId };
    case 'MilestoneVoided':
      return { status: 'Voided', milestoneId: payload.milestoneId };
  }
};

const decide = decideBy<MilestoneCommand, MilestoneState, MilestoneEvent>({
  RecordMilestone: recordMilestone,
  CorrectMilestone: correctMilestone,
  VoidMilestone: voidMilestone,
});

export const milestoneDecider: Decider<MilestoneState, MilestoneCommand, MilestoneEvent> = {
  decide,
  evolve,
  initialState: initialMilestoneState,
};
