import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, InfrastructureWorkStageReached } from '@park-ledger/contracts';
import type { InfrastructureWorkEvent, InfrastructureWorkState, WorkStage } from '../infrastructure-work.state';
import { activeWork, stageRank } from '../infrastructure-work.rules';

/** Moves the work on to a later stage (设计 → 图审 → 预算 → 招投标 → 施工 → 竣工); stages may be skipped. */
export type AdvanceWorkStage = {
  readonly type: 'AdvanceWorkStage';
  readonly workId: string;
  readonly occurredAt: string;
  readonly stage: WorkStage;
};

export const advanceWorkStage = (
  { workId, stage }: AdvanceWorkStage,
  state: InfrastructureWorkState,
): InfrastructureWorkEvent[] => {
  const work = activeWork(state, workId);
  if (stageRank(stage) <= stageRank(work.stage)) {
    throw new DomainRuleViolation(
      'stage-not-forward',
      `Infrastructure work ${workId} is at stage ${work.stage}; it cannot move on to ${stage}`,
    );
  }
  return [eventOf(InfrastructureWorkStageReached, { workId, stage })];
};
