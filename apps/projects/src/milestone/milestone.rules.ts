import { DomainRuleViolation, NotFound } from '@park-ledger/decider';
import type { MilestoneRecorded, PayloadOf } from '@park-ledger/contracts';
import type { MilestoneState } from './milestone.state';

export const refuseUnlessRecorded = (state: MilestoneState, milestoneId: string) => {
  if (state.status === 'None') throw new NotFound(`Milestone ${milestoneId} was not recorded`);
  if (state.status === 'Voided') {
    throw new DomainRuleViolation('milestone-voided', `Milestone ${milestoneId} was voided as entered in error`);
  }
};

/** A ranking is a place (e.g. 15th in the province); only rankings carry one. */
export const refuseMisplacedRank = ({ kind, rank, previousRank }: PayloadOf<typeof MilestoneRecorded>) => {
  if (kind === 'ranking' && rank === undefined) {
    throw new DomainRuleViolation('ranking-without-rank', 'A ranking milestone needs the rank reached');
  }
  if (kind !== 'ranking' && (rank !== undefined || previousRank !== undefined)) {
    throw new DomainRuleViolation('rank-without-ranking', `A ${kind} milestone carries no rank`);
  }
};
