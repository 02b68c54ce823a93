/** Designations and milestones: key industrial clusters, national base approval, exhibitions, rankings. */
export const milestoneStreamId = (milestoneId: string) => `milestone-${milestoneId}`;

export type MilestoneState =
  | { readonly status: 'None' }
  | { readonly status: 'Recorded' | 'Voided'; readonly milestoneId: string };

export const initialMilestoneState = (): MilestoneState => ({ status: 'None' });

export type { MilestoneEvent } from '@park-ledger/contracts';
