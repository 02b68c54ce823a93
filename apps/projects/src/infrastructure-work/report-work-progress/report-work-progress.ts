import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, InfrastructureWorkProgressReported } from '@park-ledger/contracts';
import type { InfrastructureWorkEvent, InfrastructureWorkState } from '../infrastructure-work.state';
import { activeWork, refuseIfCompleted, refuseImpossibleProgress } from '../infrastructure-work.rules';

/** "已完成总工程量的70%": progress in percent of the total work; it only goes down through a correction. */
export type ReportWorkProgress = {
  readonly type: 'ReportWorkProgress';
  readonly workId: string;
  readonly occurredAt: string;
  readonly percentComplete: number;
};

export const reportWorkProgress = (
  { workId, percentComplete }: ReportWorkProgress,
  state: InfrastructureWorkState,
): InfrastructureWorkEvent[] => {
  const work = activeWork(state, workId);
  refuseIfCompleted(work);
  if (work.stage !== 'under-construction') {
    throw new DomainRuleViolation('work-not-under-construction', `Infrastructure work ${workId} is at stage ${work.stage}`);
  }
  refuseImpossibleProgress(work.stage, percentComplete);
  if (percentComplete < work.percentComplete) {
    throw new DomainRuleViolation(
      'progress-decreased',
      `Infrastructure work ${workId} was reported ${work.percentComplete}% done; correct the work to lower it`,
    );
  }
  return [eventOf(InfrastructureWorkProgressReported, { workId, percentComplete })];
};
