import {
  ProjectConstructionStarted,
  ProjectDetailsCorrected,
  ProjectDropped,
  ProjectLeadRegistered,
  ProjectProductionStarted,
  ProjectSigned,
  ProjectStageCorrected,
  ProjectToppedOut,
  ProjectVoided,
  type DomainEventOf,
  type projectStages,
} from '@park-ledger/contracts';

/** An investment project from lead to production: `project-<projectId>`. */
export const projectStreamId = (projectId: string) => `project-${projectId}`;

export type ProjectEvent = DomainEventOf<
  | typeof ProjectLeadRegistered
  | typeof ProjectSigned
  | typeof ProjectConstructionStarted
  | typeof ProjectToppedOut
  | typeof ProjectProductionStarted
  | typeof ProjectDropped
  | typeof ProjectDetailsCorrected
  | typeof ProjectStageCorrected
  | typeof ProjectVoided
>;

export type ProjectStage = (typeof projectStages)[number];

export type ProjectState =
  | { readonly status: 'None' }
  | { readonly status: ProjectStage; readonly projectId: string }
  | { readonly status: 'Voided'; readonly projectId: string };

export const initialProjectState = (): ProjectState => ({ status: 'None' });
