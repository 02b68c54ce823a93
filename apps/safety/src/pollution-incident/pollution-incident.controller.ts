import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { CorrectPollutionCompensationRequest } from './correct-pollution-compensation/correct-pollution-compensation.request';
import { CorrectPollutionIncidentRequest } from './correct-pollution-incident/correct-pollution-incident.request';
import { HandlePollutionIncidentRequest } from './handle-pollution-incident/handle-pollution-incident.request';
import { PayPollutionCompensationRequest } from './pay-pollution-compensation/pay-pollution-compensation.request';
import { pollutionIncident, pollutionIncidentStreamId } from './pollution-incident';
import { ReportPollutionIncidentRequest } from './report-pollution-incident/report-pollution-incident.request';
import { VoidPollutionIncidentRequest } from './void-pollution-incident/void-pollution-incident.request';

@ApiTags('pollution incidents 环境污染事件')
@Controller('pollution-incidents')
export class PollutionIncidentController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'A pollution incident is reported (环境污染事件)')
  report(@Body() body: ReportPollutionIncidentRequest, @Command() context: CommandContext) {
    const command = { type: 'ReportPollutionIncident' as const, ...body };
    return this.commands.handle(pollutionIncident, pollutionIncidentStreamId(body.incidentId), command, context);
  }

  @CommandEndpoint(':incidentId/correct-details', 'Correct the pollution incident’s details, with the reason')
  correctDetails(
    @Param('incidentId', RecordIdPipe) incidentId: string,
    @Body() body: CorrectPollutionIncidentRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectPollutionIncident' as const, incidentId, ...body };
    return this.commands.handle(pollutionIncident, pollutionIncidentStreamId(incidentId), command, context);
  }

  @CommandEndpoint(':incidentId/handle', 'The pollution incident is dealt with (处置)')
  handle(
    @Param('incidentId', RecordIdPipe) incidentId: string,
    @Body() body: HandlePollutionIncidentRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'HandlePollutionIncident' as const, incidentId, ...body };
    return this.commands.handle(pollutionIncident, pollutionIncidentStreamId(incidentId), command, context);
  }

  @CommandEndpoint(':incidentId/pay-compensation', 'Compensation for the pollution is paid (赔偿)')
  payCompensation(
    @Param('incidentId', RecordIdPipe) incidentId: string,
    @Body() body: PayPollutionCompensationRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'PayPollutionCompensation' as const, incidentId, ...body };
    return this.commands.handle(pollutionIncident, pollutionIncidentStreamId(incidentId), command, context);
  }

  @CommandEndpoint(':incidentId/correct-compensation', 'Correct the compensation paid, with the reason')
  correctCompensation(
    @Param('incidentId', RecordIdPipe) incidentId: string,
    @Body() body: CorrectPollutionCompensationRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectPollutionCompensation' as const, incidentId, ...body };
    return this.commands.handle(pollutionIncident, pollutionIncidentStreamId(incidentId), command, context);
  }

  @CommandEndpoint(':incidentId/void', 'Void a pollution incident entered in error, with the reason')
  void(
    @Param('incidentId', RecordIdPipe) incidentId: string,
    @Body() body: VoidPollutionIncidentRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'VoidPollutionIncident' as const, incidentId, ...body };
    return this.commands.handle(pollutionIncident, pollutionIncidentStreamId(incidentId), command, context);
  }

  @RecordEndpoint(':incidentId', 'The pollution incident as it stands, with its version (ETag)')
  current(@Param('incidentId', RecordIdPipe) incidentId: string) {
    return this.commands.current(pollutionIncident, pollutionIncidentStreamId(incidentId));
  }

  @RecordEndpoint(':incidentId/events', 'Every event of the pollution incident, oldest first')
  history(@Param('incidentId', RecordIdPipe) incidentId: string) {
    return this.commands.history(pollutionIncidentStreamId(incidentId));
  }
}
