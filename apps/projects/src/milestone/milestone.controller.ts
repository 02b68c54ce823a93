import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { CorrectMilestoneRequest } from './correct-milestone/correct-milestone.request';
import { milestoneDecider, milestoneStreamId } from './milestone';
import { RecordMilestoneRequest } from './record-milestone/record-milestone.request';
import { VoidMilestoneRequest } from './void-milestone/void-milestone.request';

@ApiTags('milestones 荣誉与里程碑')
@Controller('milestones')
export class MilestoneController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'Record a designation or milestone of the park (荣誉、里程碑)')
  record(@Body() body: RecordMilestoneRequest, @Command() context: CommandContext) {
    return this.commands.handle(milestoneDecider, milestoneStreamId(body.milestoneId), { type: 'RecordMilestone', ...body }, context);
  }

  @CommandEndpoint(':milestoneId/correct', 'Restate the milestone’s facts as they should have been recorded, with the reason')
  correct(
    @Param('milestoneId', RecordIdPipe) milestoneId: string,
    @Body() body: CorrectMilestoneRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectMilestone' as const, milestoneId, ...body };
    return this.commands.handle(milestoneDecider, milestoneStreamId(milestoneId), command, context);
  }

  @CommandEndpoint(':milestoneId/void', 'Void a milestone entered in error, with the reason')
  void(@Param('milestoneId', RecordIdPipe) milestoneId: string, @Body() body: VoidMilestoneRequest, @Command() context: CommandContext) {
    const command = { type: 'VoidMilestone' as const, milestoneId, ...body };
    return this.commands.handle(milestoneDecider, milestoneStreamId(milestoneId), command, context);
  }

  @RecordEndpoint(':milestoneId', 'The milestone as it stands, with its version (ETag)')
  current(@Param('milestoneId', RecordIdPipe) milestoneId: string) {
    return this.commands.current(milestoneDecider, milestoneStreamId(milestoneId));
  }

  @RecordEndpoint(':milestoneId/events', 'Every event of the milestone, oldest first')
  history(@Param('milestoneId', RecordIdPipe) milestoneId: string) {
    return this.commands.history(milestoneStreamId(milestoneId));
  }
}
