import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, InfrastructureWorkRegistered, type PayloadOf } from '@park-ledger/contracts';
import type { InfrastructureWorkEvent, InfrastructureWorkState } from '../infrastructure-work.state';
import { refuseCompletionBeforeStart } from '../infrastructure-work.rules';

/** Registers a work at whatever stage it has reached, so works already under way can be brought in. */
export type RegisterInfrastructureWork = PayloadOf<typeof InfrastructureWorkRegistered> & {
  readonly type: 'RegisterInfrastructureWork';
  readonly occurredAt: string;
};

export const registerInfrastructureWork = (
  { type: _type, occurredAt: _occurredAt, ...work }: RegisterInfrastructureWork,
  state: InfrastructureWorkState,
): InfrastructureWorkEvent[] => {
  if (state.status !== 'None') {
    throw new DomainRuleViolation('work-already-registered', `Infrastructure work ${work.workId} is already registered`);
  }
  refuseCompletionBeforeStart(work);
  return [eventOf(InfrastructureWorkRegistered, { ...work, kinds: [...new Set(work.kinds)] })];
};
