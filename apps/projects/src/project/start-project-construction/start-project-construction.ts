import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, ProjectConstructionStarted } from '@park-ledger/contracts';
import type { ProjectEvent, ProjectState } from '../project.state';
import { liveProject, refuseIfDropped } from '../project.rules';

/** 开工: construction of a signed project begins. */
export type StartProjectConstruction = {
  readonly type: 'StartProjectConstruction';
  readonly projectId: string;
  readonly occurredAt: string;
};

export const startProjectConstruction = (
  { projectId }: StartProjectConstruction,
  state: ProjectState,
): ProjectEvent[] => {
  const project = liveProject(state, projectId);
  refuseIfDropped(project);
  if (project.status === 'Negotiating') {
    throw new DomainRuleViolation('project-not-signed', `Project ${projectId} has not been signed`);
  }
  if (project.status !== 'Signed') {
    throw new DomainRuleViolation('construction-already-started', `Project ${projectId} is already ${project.status}`);
  }
  return [eventOf(ProjectConstructionStarted, { projectId })];
};
