import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { CorrectAccidentHandlingRequest } from './correct-accident-handling/correct-accident-handling.request';
import { CorrectSafetyAccidentRequest } from './correct-safety-accident/correct-safety-accident.request';
import { HandleSafetyAccidentRequest } from './handle-safety-accident/handle-safety-accident.request';
import { ReportSafetyAccidentRequest } from './report-safety-accident/report-safety-accident.request';
import { safetyAccident, safetyAccidentStreamId } from './safety-accident';
import { VoidSafetyAccidentRequest } from './void-safety-accident/void-safety-accident.request';

@ApiTags('safety accidents 安全生产事故')
@Controller('safety-accidents')
export class SafetyAccidentController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'A safety accident is reported (安全生产事故)')
  report(@Body() body: ReportSafetyAccidentRequest, @Command() context: CommandContext) {
    const command = { type: 'ReportSafetyAccident' as const, ...body };
    return this.commands.handle(safetyAccident, safetyAccidentStreamId(body.accidentId), command, context);
  }

  @CommandEndpoint(':accidentId/correct-details', 'Correct the safety accident’s details, with the reason')
  correctDetails(
    @Param('accidentId', RecordIdPipe) accidentId: string,
    @Body() body: CorrectSafetyAccidentRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectSafetyAccident' as const, accidentId, ...body };
    return this.commands.handle(safetyAccident, safetyAccidentStreamId(accidentId), command, context);
  }

  @CommandEndpoint(':accidentId/handle', 'The safety accident is dealt with (事故处理)')
  handle(
    @Param('accidentId', RecordIdPipe) accidentId: string,
    @Body() body: HandleSafetyAccidentRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'HandleSafetyAccident' as const, accidentId, ...body };
    return this.commands.handle(safetyAccident, safetyAccidentStreamId(accidentId), command, context);
  }

  @CommandEndpoint(':accidentId/correct-handling', 'Correct how the accident was handled, with the reason')
  correctHandling(
    @Param('accidentId', RecordIdPipe) accidentId: string,
    @Body() body: CorrectAccidentHandlingRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectAccidentHandling' as const, accidentId, ...body };
    return this.commands.handle(safetyAccident, safetyAccidentStreamId(accidentId), command, context);
  }

  @CommandEndpoint(':accidentId/void', 'Void a safety accident entered in error, with the reason')
  void(@Param('accidentId', RecordIdPipe) accidentId: string, @Body() body: VoidSafetyAccidentRequest, @Command() context: CommandContext) {
    const command = { type: 'VoidSafetyAccident' as const, accidentId, ...body };
    return this.commands.handle(safetyAccident, safetyAccidentStreamId(accidentId), command, context);
  }

  @RecordEndpoint(':accidentId', 'The safety accident as it stands, with its version (ETag)')
  current(@Param('accidentId', RecordIdPipe) accidentId: string) {
    return this.commands.current(safetyAccident, safetyAccidentStreamId(accidentId));
  }

  @RecordEndpoint(':accidentId/events', 'Every event of the safety accident, oldest first')
  history(@Param('accidentId', RecordIdPipe) accidentId: string) {
    return this.commands.history(safetyAccidentStreamId(accidentId));
  }
}
