import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, ProjectSigned } from '@park-ledger/contracts';
import type { ProjectEvent, ProjectState } from '../project.state';
import { liveProject, refuseIfDropped } from '../project.rules';

/** 签约落户: the investor signs and the project settles in the park. */
export type SignProject = { readonly type: 'SignProject'; readonly projectId: string; readonly occurredAt: string };

export const signProject = ({ projectId }: SignProject, state: ProjectState): ProjectEvent[] => {
  const project = liveProject(state, projectId);
  refuseIfDropped(project);
  if (project.status !== 'Negotiating') {
    throw new DomainRuleViolation('project-already-signed', `Project ${projectId} is already ${project.status}`);
  }
  return [eventOf(ProjectSigned, { projectId })];
};
