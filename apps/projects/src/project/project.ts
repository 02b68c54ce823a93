import { decideBy, type Decider } from '@park-ledger/decider';
import { correctProjectDetails, type CorrectProjectDetails } from './correct-project-details/correct-project-details';
import { correctProjectStage, type CorrectProjectStage } from './correct-project-stage/correct-project-stage';
import { dropProject, type DropProject } from './drop-project/drop-project';
import { initialProjectState, type ProjectEvent, type ProjectState } from './project.state';
import { registerProjectLead, type RegisterProjectLead } from './register-project-lead/register-project-lead';
import { registerSignedProject, type RegisterSignedProject } from './register-signed-project/register-signed-project';
import { signProject, type SignProject } from './sign-project/sign-project';
import {
  startProjectConstruction,
  type StartProjectConstruction,
} from './start-project-construction/start-project-construction';
import { startProjectProduction, type StartProjectProduction } from './start-project-production/start-project-production';
import { topOutProject, type TopOutProject } from './top-out-project/top-out-project';
import { voidProject, type VoidProject } from './void-project/void-project';

export { projectStreamId, type ProjectEvent, type ProjectStage, type ProjectState } from './project.state';

export type ProjectCommand =
  | RegisterProjectLead
  | RegisterSignedProject
  | SignProject
  | StartProjectConstruction
  | TopOutProject
  | StartProjectProduction
  | DropProject
  | CorrectProjectDetails
  | CorrectProjectStage
  | VoidProject;

const evolve = (state: ProjectState, { type, payload }: ProjectEvent): ProjectState => {
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

const decide = decideBy<ProjectCommand, ProjectState, ProjectEvent>({
  RegisterProjectLead: registerProjectLead,
  RegisterSignedProject: registerSignedProject,
  SignProject: signProject,
  StartProjectConstruction: startProjectConstruction,
  TopOutProject: topOutProject,
  StartProjectProduction: startProjectProduction,
  DropProject: dropProject,
  CorrectProjectDetails: correctProjectDetails,
  CorrectProjectStage: correctProjectStage,
  VoidProject: voidProject,
});

export const projectDecider: Decider<ProjectState, ProjectCommand, ProjectEvent> = { decide, evolve, initialState: initialProjectState };
