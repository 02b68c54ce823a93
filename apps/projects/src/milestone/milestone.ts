import { type Decider } from '@park-ledger/decider';
import { MilestoneCorrected, MilestoneRecorded, MilestoneVoided, type DomainEventOf } from '@park-ledger/contracts';
import { correctMilestone, type CorrectMilestone } from './correct-milestone/correct-milestone';
import { recordMilestone, type RecordMilestone } from './record-milestone/record-milestone';
import { voidMilestone, type VoidMilestone } from './void-milestone/void-milestone';

/** Designations and milestones: key industrial clusters, national base approval, exhibitions, rankings. */
export type MilestoneEvent = DomainEventOf<typeof MilestoneRecorded | typeof MilestoneCorrected | typeof MilestoneVoided>;

export type MilestoneState =
  | { readonly status: 'None' }
  | { readonly status: 'Recorded' | 'Voided'; readonly milestoneId: string };

export type MilestoneCommand = RecordMilestone | CorrectMilestone | VoidMilestone;

export const milestoneStreamId = (milestoneId: string) => `milestone-${milestoneId}`;

export const initialState = (): MilestoneState => ({ status: 'None' });

export const evolve = (_state: MilestoneState, { type, payload }: MilestoneEvent): MilestoneState => {
  switch (type) {
    case 'MilestoneRecorded':
    case 'MilestoneCorrected':
      return { status: 'Recorded', milestoneId: payload.milestoneId };
    case 'MilestoneVoided':
      return { status: 'Voided', milestoneId: payload.milestoneId };
  }
};

export const decide = (command: MilestoneCommand, state: MilestoneState): MilestoneEvent[] => {
  switch (command.type) {
    case 'RecordMilestone':
      return recordMilestone(command, state);
    case 'CorrectMilestone':
      return correctMilestone(command, state);
    case 'VoidMilestone':
      return voidMilestone(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown milestone command ${JSON.stringify(unknown)}`);
    }
  }
};

export const milestoneDecider: Decider<MilestoneState, MilestoneCommand, MilestoneEvent> = {
  decide,
  evolve,
  initialState,
};
