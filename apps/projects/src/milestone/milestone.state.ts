import { MilestoneCorrected, MilestoneRecorded, MilestoneVoided, type DomainEventOf } from '@park-ledger/contracts';

/** Designations and milestones: key industrial clusters, national base approval, exhibitions, rankings. */
export const milestoneStreamId = (milestoneId: string) => `milestone-${milestoneId}`;

export type MilestoneEvent = DomainEventOf<typeof MilestoneRecorded | typeof MilestoneCorrected | typeof MilestoneVoided>;

export type MilestoneState =
  | { readonly status: 'None' }
  | { readonly status: 'Recorded' | 'Voided'; readonly milestoneId: string };

export const initialMilestoneState = (): MilestoneState => ({ status: 'None' });
