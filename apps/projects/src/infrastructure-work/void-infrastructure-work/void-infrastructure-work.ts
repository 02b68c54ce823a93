import { eventOf, InfrastructureWorkVoided } from '@park-ledger/contracts';
import type { InfrastructureWorkEvent, InfrastructureWorkState } from '../infrastructure-work.state';
import { activeWork } from '../infrastructure-work.rules';

/** The whole record was entered in error; reports leave the work out. */
export type VoidInfrastructureWork = {
  readonly type: 'VoidInfrastructureWork';
  readonly workId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidInfrastructureWork = (
  { workId, reason }: VoidInfrastructureWork,
  state: InfrastructureWorkState,
): InfrastructureWorkEvent[] => {
  activeWork(state, workId);
  return [eventOf(InfrastructureWorkVoided, { workId, reason })];
};
