import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { CorrectProjectDetailsRequest } from './correct-project-details/correct-project-details.request';
import { CorrectProjectStageRequest } from './correct-project-stage/correct-project-stage.request';
import { DropProjectRequest } from './drop-project/drop-project.request';
import { projectDecider, projectStreamId } from './project';
import { RegisterProjectLeadRequest } from './register-project-lead/register-project-lead.request';
import { SignProjectRequest } from './sign-project/sign-project.request';
import { StartProjectConstructionRequest } from './start-project-construction/start-project-construction.request';
import { StartProjectProductionRequest } from './start-project-production/start-project-production.request';
import { TopOutProjectRequest } from './top-out-project/top-out-project.request';
import { VoidProjectRequest } from './void-project/void-project.request';

@ApiTags('investment projects 招商项目')
@Controller('projects')
export class ProjectController {
  constructor(
    private readonly commands: CommandGateway,
  ) {}

  @CommandEndpoint('', 'Register a project lead under negotiation (洽谈)')
  registerLead(@Body() body: RegisterProjectLeadRequest, @Command() context: CommandContext) {
    const command = { type: 'RegisterProjectLead' as const, ...body };
    return this.commands.handle(projectDecider, projectStreamId(body.projectId), command, context, body);
  }

  @CommandEndpoint(':projectId/sign', 'The project is signed and settles in the park (签约落户)')
  sign(@Param('projectId', RecordIdPipe) projectId: string, @Body() body: SignProjectRequest, @Command() context: CommandContext) {
    return this.commands.handle(projectDecider, projectStreamId(projectId), { type: 'SignProject', projectId, ...body }, context);
  }

  @CommandEndpoint(':projectId/start-construction', 'Construction started (开工)')
  startConstruction(
    @Param('projectId', RecordIdPipe) projectId: string,
    @Body() body: StartProjectConstructionRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'StartProjectConstruction' as const, projectId, ...body };
    return this.commands.handle(projectDecider, projectStreamId(projectId), command, context);
  }

  @CommandEndpoint(':projectId/top-out', 'The main structure is topped out (封顶)')
  topOut(@Param('projectId', RecordIdPipe) projectId: string, @Body() body: TopOutProjectRequest, @Command() context: CommandContext) {
    return this.commands.handle(projectDecider, projectStreamId(projectId), { type: 'TopOutProject', projectId, ...body }, context);
  }

  @CommandEndpoint(':projectId/start-production', 'The project is in production (投产)')
  startProduction(
    @Param('projectId', RecordIdPipe) projectId: string,
    @Body() body: StartProjectProductionRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'StartProjectProduction' as const, projectId, ...body };
    return this.commands.handle(projectDecider, projectStreamId(projectId), command, context);
  }

  @CommandEndpoint(':projectId/drop', 'The project is dropped')
  drop(@Param('projectId', RecordIdPipe) projectId: string, @Body() body: DropProjectRequest, @Command() context: CommandContext) {
    return this.commands.handle(projectDecider, projectStreamId(projectId), { type: 'DropProject', projectId, ...body }, context);
  }

  @CommandEndpoint(':projectId/correct-details', 'Correct the project’s details, with the reason')
  correctDetails(
    @Param('projectId', RecordIdPipe) projectId: string,
    @Body() body: CorrectProjectDetailsRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectProjectDetails' as const, projectId, ...body };
    return this.commands.handle(projectDecider, projectStreamId(projectId), command, context, body);
  }

  @CommandEndpoint(':projectId/correct-stage', 'Correct the project’s stage, with the reason')
  correctStage(
    @Param('projectId', RecordIdPipe) projectId: string,
    @Body() body: CorrectProjectStageRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectProjectStage' as const, projectId, ...body };
    return this.commands.handle(projectDecider, projectStreamId(projectId), command, context);
  }

  @CommandEndpoint(':projectId/void', 'Void a project entered in error, with the reason')
  void(@Param('projectId', RecordIdPipe) projectId: string, @Body() body: VoidProjectRequest, @Command() context: CommandContext) {
    return this.commands.handle(projectDecider, projectStreamId(projectId), { type: 'VoidProject', projectId, ...body }, context);
  }

  @RecordEndpoint(':projectId', 'The project as it stands, with its version (ETag)')
  current(@Param('projectId', RecordIdPipe) projectId: string) {
    return this.commands.current(projectDecider, projectStreamId(projectId));
  }

  @RecordEndpoint(':projectId/events', 'Every event of the project, oldest first')
  history(@Param('projectId', RecordIdPipe) projectId: string) {
    return this.commands.history(projectStreamId(projectId));
  }
}
