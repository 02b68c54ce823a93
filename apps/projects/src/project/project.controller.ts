import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { asPlaced, RecordController } from '@park-ledger/department';
import { CorrectProjectDetailsRequest } from './correct-project-details/correct-project-details.request';
import { CorrectProjectStageRequest } from './correct-project-stage/correct-project-stage.request';
import { DropProjectRequest } from './drop-project/drop-project.request';
import { projectDecider, projectStreamId } from './project';
import { RegisterProjectLeadRequest } from './register-project-lead/register-project-lead.request';
import { RegisterSignedProjectRequest } from './register-signed-project/register-signed-project.request';
import { SignProjectRequest } from './sign-project/sign-project.request';
import { StartProjectConstructionRequest } from './start-project-construction/start-project-construction.request';
import { StartProjectProductionRequest } from './start-project-production/start-project-production.request';
import { TopOutProjectRequest } from './top-out-project/top-out-project.request';
import { VoidProjectRequest } from './void-project/void-project.request';

@ApiTags('investment projects 招商项目')
@Controller('projects')
export class ProjectController extends RecordController(
  { decider: projectDecider, key: 'projectId', streamId: projectStreamId, record: 'project' },
  (on) => ({
    registerLead: on('', 'RegisterProjectLead', RegisterProjectLeadRequest, ['登记在谈项目（洽谈）', 'Register a project lead under negotiation (洽谈)'], { inPark: asPlaced }),
    registerSigned: on('signed', 'RegisterSignedProject', RegisterSignedProjectRequest, ['登记已签约项目（在谈与签约一并登记）', 'Register a project already signed: its lead and its signing at once'], { inPark: asPlaced }),
    sign: on(':projectId/sign', 'SignProject', SignProjectRequest, ['项目签约落户', 'The project is signed and settles in the park (签约落户)']),
    startConstruction: on(':projectId/start-construction', 'StartProjectConstruction', StartProjectConstructionRequest, ['项目开工', 'Construction started (开工)']),
    topOut: on(':projectId/top-out', 'TopOutProject', TopOutProjectRequest, ['主体封顶', 'The main structure is topped out (封顶)']),
    startProduction: on(':projectId/start-production', 'StartProjectProduction', StartProjectProductionRequest, ['项目投产', 'The project is in production (投产)']),
    drop: on(':projectId/drop', 'DropProject', DropProjectRequest, ['项目放弃（附原因）', 'The project is dropped']),
    correctDetails: on(':projectId/correct-details', 'CorrectProjectDetails', CorrectProjectDetailsRequest, ['更正项目信息（附原因）', 'Correct the project’s details, with the reason'], { inPark: asPlaced }),
    correctStage: on(':projectId/correct-stage', 'CorrectProjectStage', CorrectProjectStageRequest, ['更正项目阶段（附原因）', 'Correct the project’s stage, with the reason']),
    void: on(':projectId/void', 'VoidProject', VoidProjectRequest, ['作废误录的项目（附原因）', 'Void a project entered in error, with the reason']),
  }),
) {}
