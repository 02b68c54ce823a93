import { type projectStages } from '@park-ledger/contracts';

/** An investment project from lead to production: `project-<projectId>`. */
export const projectStreamId = (projectId: string) => `project-${projectId}`;

export type ProjectStage = (typeof projectStages)[number];

export type ProjectState =
  | { readonly status: 'None' }
  | { readonly status: ProjectStage; readonly projectId: string }
  | { readonly status: 'Voided'; readonly projectId: string };

export const initialProjectState = (): ProjectState => ({ status: 'None' });

export type { ProjectEvent } from '@park-ledger/contracts';
