import { eventOf, ProjectVoided } from '@park-ledger/contracts';
import type { ProjectEvent, ProjectState } from '../project.state';
import { liveProject } from '../project.rules';

/** The whole record was entered in error (a duplicate, a project that never existed): reports leave it out. */
export type VoidProject = {
  readonly type: 'VoidProject';
  readonly projectId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidProject = ({ projectId, reason }: VoidProject, state: ProjectState): ProjectEvent[] => {
  liveProject(state, projectId);
  return [eventOf(ProjectVoided, { projectId, reason })];
};
