import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { ConductInspectionRequest } from './conduct-inspection/conduct-inspection.request';
import { CorrectInspectionRequest } from './correct-inspection/correct-inspection.request';
import { safetyInspection, safetyInspectionStreamId } from './safety-inspection';
import { VoidInspectionRequest } from './void-inspection/void-inspection.request';

@ApiTags('safety inspections 勤排查')
@Controller('safety-inspections')
export class SafetyInspectionController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'An inspection round was conducted (每周一小查, 半月一大查)')
  conduct(@Body() body: ConductInspectionRequest, @Command() context: CommandContext) {
    const command = { type: 'ConductInspection' as const, ...body };
    return this.commands.handle(safetyInspection, safetyInspectionStreamId(body.inspectionId), command, context);
  }

  @CommandEndpoint(':inspectionId/correct', 'Correct the inspection, with the reason')
  correct(
    @Param('inspectionId', RecordIdPipe) inspectionId: string,
    @Body() body: CorrectInspectionRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectInspection' as const, inspectionId, ...body };
    return this.commands.handle(safetyInspection, safetyInspectionStreamId(inspectionId), command, context);
  }

  @CommandEndpoint(':inspectionId/void', 'Void an inspection entered in error, with the reason')
  void(@Param('inspectionId', RecordIdPipe) inspectionId: string, @Body() body: VoidInspectionRequest, @Command() context: CommandContext) {
    const command = { type: 'VoidInspection' as const, inspectionId, ...body };
    return this.commands.handle(safetyInspection, safetyInspectionStreamId(inspectionId), command, context);
  }

  @RecordEndpoint(':inspectionId', 'The inspection as it stands, with its version (ETag)')
  current(@Param('inspectionId', RecordIdPipe) inspectionId: string) {
    return this.commands.current(safetyInspection, safetyInspectionStreamId(inspectionId));
  }

  @RecordEndpoint(':inspectionId/events', 'Every event of the inspection, oldest first')
  history(@Param('inspectionId', RecordIdPipe) inspectionId: string) {
    return this.commands.history(safetyInspectionStreamId(inspectionId));
  }
}
