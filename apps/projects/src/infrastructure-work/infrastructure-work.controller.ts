import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { AdvanceWorkStageRequest } from './advance-work-stage/advance-work-stage.request';
import { CorrectInfrastructureWorkRequest } from './correct-infrastructure-work/correct-infrastructure-work.request';
import { infrastructureWorkDecider as decider, infrastructureWorkStreamId as streamId } from './infrastructure-work';
import { RegisterInfrastructureWorkRequest } from './register-infrastructure-work/register-infrastructure-work.request';
import { ReportWorkProgressRequest } from './report-work-progress/report-work-progress.request';
import { ReviseWorkScheduleRequest } from './revise-work-schedule/revise-work-schedule.request';
import { VoidInfrastructureWorkRequest } from './void-infrastructure-work/void-infrastructure-work.request';

@ApiTags('infrastructure works 基础设施工程')
@Controller('infrastructure-works')
export class InfrastructureWorkController {
  constructor(
    private readonly commands: CommandGateway,
  ) {}

  @CommandEndpoint('', 'Register an infrastructure work (基础设施工程) in a zone, platform and phase of the registry')
  register(@Body() body: RegisterInfrastructureWorkRequest, @Command() context: CommandContext) {
    const command = { type: 'RegisterInfrastructureWork' as const, ...body };
    return this.commands.handle(decider, streamId(body.workId), command, context, body);
  }

  @CommandEndpoint(':workId/advance-stage', 'The work reaches its next stage (设计、招标、施工、竣工)')
  advanceStage(@Param('workId', RecordIdPipe) workId: string, @Body() body: AdvanceWorkStageRequest, @Command() context: CommandContext) {
    return this.commands.handle(decider, streamId(workId), { type: 'AdvanceWorkStage', workId, ...body }, context);
  }

  @CommandEndpoint(':workId/report-progress', 'Report the percentage of the work done (形象进度)')
  reportProgress(
    @Param('workId', RecordIdPipe) workId: string,
    @Body() body: ReportWorkProgressRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(decider, streamId(workId), { type: 'ReportWorkProgress', workId, ...body }, context);
  }

  @CommandEndpoint(':workId/revise-schedule', 'Revise the expected start and completion dates')
  reviseSchedule(
    @Param('workId', RecordIdPipe) workId: string,
    @Body() body: ReviseWorkScheduleRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(decider, streamId(workId), { type: 'ReviseWorkSchedule', workId, ...body }, context);
  }

  @CommandEndpoint(':workId/correct', 'Correct the work’s details, stage or progress, with the reason')
  correct(
    @Param('workId', RecordIdPipe) workId: string,
    @Body() body: CorrectInfrastructureWorkRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectInfrastructureWork' as const, workId, ...body };
    return this.commands.handle(decider, streamId(workId), command, context, body);
  }

  @CommandEndpoint(':workId/void', 'Void a work entered in error, with the reason')
  void(@Param('workId', RecordIdPipe) workId: string, @Body() body: VoidInfrastructureWorkRequest, @Command() context: CommandContext) {
    return this.commands.handle(decider, streamId(workId), { type: 'VoidInfrastructureWork', workId, ...body }, context);
  }

  @RecordEndpoint(':workId', 'The infrastructure work as it stands, with its version (ETag)')
  current(@Param('workId', RecordIdPipe) workId: string) {
    return this.commands.current(decider, streamId(workId));
  }

  @RecordEndpoint(':workId/events', 'Every event of the infrastructure work, oldest first')
  history(@Param('workId', RecordIdPipe) workId: string) {
    return this.commands.history(streamId(workId));
  }
}
