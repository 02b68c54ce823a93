import { type Decider } from '@park-ledger/decider';
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
import { correctProjectDetails, type CorrectProjectDetails } from './correct-project-details/correct-project-details';
import { correctProjectStage, type CorrectProjectStage } from './correct-project-stage/correct-project-stage';
import { dropProject, type DropProject } from './drop-project/drop-project';
import { registerProjectLead, type RegisterProjectLead } from './register-project-lead/register-project-lead';
import { signProject, type SignProject } from './sign-project/sign-project';
import {
  startProjectConstruction,
  type StartProjectConstruction,
} from './start-project-construction/start-project-construction';
import { startProjectProduction, type StartProjectProduction } from './start-project-production/start-project-production';
import { topOutProject, type TopOutProject } from './top-out-project/top-out-project';
import { voidProject, type VoidProject } from './void-project/void-project';

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

export type ProjectCommand =
  | RegisterProjectLead
  | SignProject
  | StartProjectConstruction
  | TopOutProject
  | StartProjectProduction
  | DropProject
  | CorrectProjectDetails
  | CorrectProjectStage
  | VoidProject;

export const projectStreamId = (projectId: string) => `project-${projectId}`;

export const initialState = (): ProjectState => ({ status: 'None' });

export const evolve = (state: ProjectState, { type, payload }: ProjectEvent): ProjectState => {
  const { projectId } = payload;
  switch (type) {
    case 'ProjectLeadRegistered':
      return { status: 'Negotiating', projectId };
    case 'ProjectSigned':
      return { status: 'Signed', projectId };
    case 'ProjectConstructionStarted':
      return { status: 'ConstructionStarted', projectId };
    case 'ProjectToppedOut':
      return { status: 'ToppedOut', projectId };
    case 'ProjectProductionStarted':
      return { status: 'InProduction', projectId };
    case 'ProjectDropped':
      return { status: 'Dropped', projectId };
    case 'ProjectStageCorrected':
      return { status: payload.stage, projectId };
    case 'ProjectDetailsCorrected':
      return state;
    case 'ProjectVoided':
      return { status: 'Voided', projectId };
  }
};

export const decide = (command: ProjectCommand, state: ProjectState): ProjectEvent[] => {
  switch (command.type) {
    case 'RegisterProjectLead':
      return registerProjectLead(command, state);
    case 'SignProject':
      return signProject(command, state);
    case 'StartProjectConstruction':
      return startProjectConstruction(command, state);
    case 'TopOutProject':
      return topOutProject(command, state);
    case 'StartProjectProduction':
      return startProjectProduction(command, state);
    case 'DropProject':
      return dropProject(command, state);
    case 'CorrectProjectDetails':
      return correctProjectDetails(command, state);
    case 'CorrectProjectStage':
      return correctProjectStage(command, state);
    case 'VoidProject':
      return voidProject(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown project command ${JSON.stringify(unknown)}`);
    }
  }
};

export const projectDecider: Decider<ProjectState, ProjectCommand, ProjectEvent> = { decide, evolve, initialState };
