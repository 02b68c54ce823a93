import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, ProjectToppedOut } from '@park-ledger/contracts';
import type { ProjectEvent, ProjectState } from '../project.state';
import { liveProject, refuseIfDropped } from '../project.rules';

/** 封顶: the main building of a project under construction is topped out. */
export type TopOutProject = { readonly type: 'TopOutProject'; readonly projectId: string; readonly occurredAt: string };

export const topOutProject = ({ projectId }: TopOutProject, state: ProjectState): ProjectEvent[] => {
  const project = liveProject(state, projectId);
  refuseIfDropped(project);
  switch (project.status) {
    case 'ConstructionStarted':
      return [eventOf(ProjectToppedOut, { projectId })];
    case 'ToppedOut':
      throw new DomainRuleViolation('project-already-topped-out', `Project ${projectId} is already topped out`);
    case 'InProduction':
      throw new DomainRuleViolation('project-in-production', `Project ${projectId} is already in production`);
    default:
      throw new DomainRuleViolation('project-not-started', `Construction of project ${projectId} has not started`);
  }
};
