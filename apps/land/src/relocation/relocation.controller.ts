import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { CompleteRelocationStepRequest } from './complete-relocation-step/complete-relocation-step.request';
import { CompleteRelocationRequest } from './complete-relocation/complete-relocation.request';
import { CorrectRelocationRequest } from './correct-relocation/correct-relocation.request';
import { relocationDecider, relocationStreamId } from './relocation';
import { StartRelocationRequest } from './start-relocation/start-relocation.request';
import { VoidRelocationRequest } from './void-relocation/void-relocation.request';

@ApiTags('relocation into the park 退城进园')
@Controller('relocations')
export class RelocationController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'An enterprise starts relocating into the park (启动退城进园)')
  start(@Body() body: StartRelocationRequest, @Command() context: CommandContext) {
    return this.commands.handle(relocationDecider, relocationStreamId(body.relocationId), { type: 'StartRelocation', ...body }, context);
  }

  @CommandEndpoint(':relocationId/correct-details', 'Correct the relocation’s details, with the reason')
  correctDetails(
    @Param('relocationId', RecordIdPipe) relocationId: string,
    @Body() body: CorrectRelocationRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectRelocation' as const, relocationId, ...body };
    return this.commands.handle(relocationDecider, relocationStreamId(relocationId), command, context);
  }

  @CommandEndpoint(':relocationId/complete-step', 'A relocation step is done (清产核算, 中介评估, …)')
  completeStep(
    @Param('relocationId', RecordIdPipe) relocationId: string,
    @Body() body: CompleteRelocationStepRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CompleteRelocationStep' as const, relocationId, ...body };
    return this.commands.handle(relocationDecider, relocationStreamId(relocationId), command, context);
  }

  @CommandEndpoint(':relocationId/complete', 'The enterprise has moved into the park (搬迁完成)')
  complete(
    @Param('relocationId', RecordIdPipe) relocationId: string,
    @Body() body: CompleteRelocationRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CompleteRelocation' as const, relocationId, ...body };
    return this.commands.handle(relocationDecider, relocationStreamId(relocationId), command, context);
  }

  @CommandEndpoint(':relocationId/void', 'Void a relocation entered in error, with the reason')
  void(@Param('relocationId', RecordIdPipe) relocationId: string, @Body() body: VoidRelocationRequest, @Command() context: CommandContext) {
    return this.commands.handle(relocationDecider, relocationStreamId(relocationId), { type: 'VoidRelocation', relocationId, ...body }, context);
  }

  @RecordEndpoint(':relocationId', 'The relocation as it stands, with its version (ETag)')
  current(@Param('relocationId', RecordIdPipe) relocationId: string) {
    return this.commands.current(relocationDecider, relocationStreamId(relocationId));
  }

  @RecordEndpoint(':relocationId/events', 'Every event of the relocation, oldest first')
  history(@Param('relocationId', RecordIdPipe) relocationId: string) {
    return this.commands.history(relocationStreamId(relocationId));
  }
}
