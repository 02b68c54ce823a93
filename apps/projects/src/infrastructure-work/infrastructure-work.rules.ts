import { DomainRuleViolation, NotFound } from '@park-ledger/decider';
import { infrastructureStages } from '@park-ledger/contracts';
import type { InfrastructureWorkState, WorkStage } from './infrastructure-work.state';

export type ActiveWork = Extract<InfrastructureWorkState, { status: 'Active' }>;

/** The work the command is about: registered and not voided. */
export const activeWork = (state: InfrastructureWorkState, workId: string): ActiveWork => {
  if (state.status === 'None') throw new NotFound(`Infrastructure work ${workId} is not registered`);
  if (state.status === 'Voided') {
    throw new DomainRuleViolation('work-voided', `Infrastructure work ${workId} was voided as entered in error`);
  }
  return state;
};

export const stageRank = (stage: WorkStage) => infrastructureStages.indexOf(stage);

export const refuseIfCompleted = (work: ActiveWork) => {
  if (work.stage === 'completed') {
    throw new DomainRuleViolation('work-completed', `Infrastructure work ${work.workId} is already completed`);
  }
};

export const refuseCompletionBeforeStart = (schedule: {
  readonly expectedStartOn?: string | null;
  readonly expectedCompletionOn?: string | null;
}) => {
  const { expectedStartOn, expectedCompletionOn } = schedule;
  if (expectedStartOn && expectedCompletionOn && expectedCompletionOn < expectedStartOn) {
    throw new DomainRuleViolation(
      'completion-before-start',
      `Expected completion ${expectedCompletionOn} is before the expected start ${expectedStartOn}`,
    );
  }
};

/** Progress is a percentage of the total work, only counted once construction is under way. */
export const refuseImpossibleProgress = (stage: WorkStage, percentComplete: number) => {
  if (!Number.isInteger(percentComplete) || percentComplete < 0 || percentComplete > 100) {
    throw new DomainRuleViolation('progress-out-of-range', `Progress must be a whole percent from 0 to 100, got ${percentComplete}`);
  }
  if (stage === 'completed' && percentComplete !== 100) {
    throw new DomainRuleViolation('completed-work-below-100', `A completed work is 100% done, not ${percentComplete}%`);
  }
  if (stageRank(stage) < stageRank('under-construction') && percentComplete > 0) {
    throw new DomainRuleViolation('progress-before-construction', `A work at stage ${stage} has no construction progress`);
  }
};
