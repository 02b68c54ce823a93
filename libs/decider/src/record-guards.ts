import { DomainRuleViolation, NotFound } from './errors';

type Status = { readonly status: string };
type Live<S extends Status> = Exclude<S, { status: 'None' } | { status: 'Voided' }>;

/**
 * The state of a record that exists and was not voided; `kind` names the record in errors,
 * e.g. 'hazard' gives the rule code 'hazard-voided'.
 */
export const liveRecord = <S extends Status>(state: S, kind: string, id: string): Live<S> => {
  if (state.status === 'None') throw new NotFound(`${kind} ${id} does not exist`);
  if (state.status === 'Voided') throw new DomainRuleViolation(`${kind}-voided`, `${kind} ${id} was voided`);
  return state as Live<S>;
};

/** A record id is taken for good once used, even if the record was voided. */
export const assertNewRecord = (state: Status, kind: string, id: string): void => {
  if (state.status !== 'None') {
    throw new DomainRuleViolation(`${kind}-already-recorded`, `${kind} ${id} is already recorded`);
  }
};
