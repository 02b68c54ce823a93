import { DomainRuleViolation, NotFound } from '@park-ledger/decider';
import type { ProjectStage, ProjectState } from './project.state';

export type LiveProject = Extract<ProjectState, { status: ProjectStage }>;

/** The project the command is about: registered and not voided. */
export const liveProject = (state: ProjectState, projectId: string): LiveProject => {
  if (state.status === 'None') throw new NotFound(`Project ${projectId} is not registered`);
  if (state.status === 'Voided') {
    throw new DomainRuleViolation('project-voided', `Project ${projectId} was voided as entered in error`);
  }
  return state;
};

const pipeline: readonly ProjectStage[] = ['Negotiating', 'Signed', 'ConstructionStarted', 'ToppedOut', 'InProduction'];

/** How far along the pipeline a project is; a dropped project is off it. */
export const stageRank = (stage: ProjectStage) => pipeline.indexOf(stage);

export const refuseIfDropped = (project: LiveProject) => {
  if (project.status === 'Dropped') {
    throw new DomainRuleViolation('project-dropped', `Project ${project.projectId} was dropped`);
  }
};
