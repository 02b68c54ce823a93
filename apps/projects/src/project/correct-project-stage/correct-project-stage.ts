import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, ProjectStageCorrected, type PayloadOf } from '@park-ledger/contracts';
import type { ProjectEvent, ProjectState } from '../project.state';
import { liveProject } from '../project.rules';

/** A stage recorded by mistake (e.g. topped out too early) is set right by restating the true stage. */
export type CorrectProjectStage = PayloadOf<typeof ProjectStageCorrected> & {
  readonly type: 'CorrectProjectStage';
  readonly occurredAt: string;
};

export const correctProjectStage = (
  { projectId, stage, reason }: CorrectProjectStage,
  state: ProjectState,
): ProjectEvent[] => {
  const project = liveProject(state, projectId);
  if (project.status === stage) {
    throw new DomainRuleViolation('stage-unchanged', `Project ${projectId} is already recorded as ${stage}`);
  }
  return [eventOf(ProjectStageCorrected, { projectId, stage, reason })];
};
