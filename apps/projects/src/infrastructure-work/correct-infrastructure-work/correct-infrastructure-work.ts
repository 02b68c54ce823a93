import { eventOf, InfrastructureWorkCorrected, type PayloadOf } from '@park-ledger/contracts';
import type { InfrastructureWorkEvent, InfrastructureWorkState } from '../infrastructure-work.state';
import { activeWork, refuseImpossibleProgress } from '../infrastructure-work.rules';

/** Restates the work as it should stand (details, stage, progress), e.g. a progress figure reported too high. */
export type CorrectInfrastructureWork = PayloadOf<typeof InfrastructureWorkCorrected> & {
  readonly type: 'CorrectInfrastructureWork';
  readonly occurredAt: string;
};

export const correctInfrastructureWork = (
  { type: _type, occurredAt: _occurredAt, ...corrected }: CorrectInfrastructureWork,
  state: InfrastructureWorkState,
): InfrastructureWorkEvent[] => {
  activeWork(state, corrected.workId);
  refuseImpossibleProgress(corrected.stage, corrected.percentComplete);
  return [eventOf(InfrastructureWorkCorrected, { ...corrected, kinds: [...new Set(corrected.kinds)] })];
};
