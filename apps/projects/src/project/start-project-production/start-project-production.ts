import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, ProjectProductionStarted } from '@park-ledger/contracts';
import type { ProjectEvent, ProjectState } from '../project.state';
import { liveProject, refuseIfDropped, stageRank } from '../project.rules';

/** 投产: the project starts production; a single-storey plant may do so without a topping-out. */
export type StartProjectProduction = {
  readonly type: 'StartProjectProduction';
  readonly projectId: string;
  readonly occurredAt: string;
};

export const startProjectProduction = ({ projectId }: StartProjectProduction, state: ProjectState): ProjectEvent[] => {
  const project = liveProject(state, projectId);
  refuseIfDropped(project);
  if (project.status === 'InProduction') {
    throw new DomainRuleViolation('project-already-in-production', `Project ${projectId} is already in production`);
  }
  if (stageRank(project.status) < stageRank('ConstructionStarted')) {
    throw new DomainRuleViolation('project-not-started', `Construction of project ${projectId} has not started`);
  }
  return [eventOf(ProjectProductionStarted, { projectId })];
};
