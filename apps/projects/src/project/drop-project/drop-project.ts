import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, ProjectDropped } from '@park-ledger/contracts';
import type { ProjectEvent, ProjectState } from '../project.state';
import { liveProject } from '../project.rules';

/** The investor walks away; a project already in production is no longer "dropped" but closed elsewhere. */
export type DropProject = {
  readonly type: 'DropProject';
  readonly projectId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const dropProject = ({ projectId, reason }: DropProject, state: ProjectState): ProjectEvent[] => {
  const project = liveProject(state, projectId);
  if (project.status === 'Dropped') {
    throw new DomainRuleViolation('project-already-dropped', `Project ${projectId} was already dropped`);
  }
  if (project.status === 'InProduction') {
    throw new DomainRuleViolation('project-in-production', `Project ${projectId} is in production`);
  }
  return [eventOf(ProjectDropped, { projectId, reason })];
};
