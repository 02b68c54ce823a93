import { eventOf, ProjectDetailsCorrected, type PayloadOf } from '@park-ledger/contracts';
import type { ProjectEvent, ProjectState } from '../project.state';
import { liveProject } from '../project.rules';

/** Restates every registered fact of the project, as it should have been entered, and why. */
export type CorrectProjectDetails = PayloadOf<typeof ProjectDetailsCorrected> & {
  readonly type: 'CorrectProjectDetails';
  readonly occurredAt: string;
};

export const correctProjectDetails = (
  { type: _type, occurredAt: _occurredAt, ...corrected }: CorrectProjectDetails,
  state: ProjectState,
): ProjectEvent[] => {
  liveProject(state, corrected.projectId);
  return [eventOf(ProjectDetailsCorrected, corrected)];
};
