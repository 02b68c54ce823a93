import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { CommissionFacilityRequest } from './commission-facility/commission-facility.request';
import { CompleteFacilityWorkRequest } from './complete-facility-work/complete-facility-work.request';
import { CorrectEnvironmentalFacilityRequest } from './correct-environmental-facility/correct-environmental-facility.request';
import { environmentalFacility, environmentalFacilityStreamId } from './environmental-facility';
import { RegisterEnvironmentalFacilityRequest } from './register-environmental-facility/register-environmental-facility.request';
import { VoidEnvironmentalFacilityRequest } from './void-environmental-facility/void-environmental-facility.request';

@ApiTags('environmental facilities 环保设施')
@Controller('environmental-facilities')
export class EnvironmentalFacilityController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'An environmental facility is registered with its works (环保设施)')
  register(@Body() body: RegisterEnvironmentalFacilityRequest, @Command() context: CommandContext) {
    const command = { type: 'RegisterEnvironmentalFacility' as const, ...body };
    return this.commands.handle(environmentalFacility, environmentalFacilityStreamId(body.facilityId), command, context);
  }

  @CommandEndpoint(':facilityId/correct-details', 'Correct the facility’s details, with the reason')
  correctDetails(
    @Param('facilityId', RecordIdPipe) facilityId: string,
    @Body() body: CorrectEnvironmentalFacilityRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CorrectEnvironmentalFacility' as const, facilityId, ...body };
    return this.commands.handle(environmentalFacility, environmentalFacilityStreamId(facilityId), command, context);
  }

  @CommandEndpoint(':facilityId/complete-work', 'A work on the facility is completed (工程完工)')
  completeWork(
    @Param('facilityId', RecordIdPipe) facilityId: string,
    @Body() body: CompleteFacilityWorkRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CompleteFacilityWork' as const, facilityId, ...body };
    return this.commands.handle(environmentalFacility, environmentalFacilityStreamId(facilityId), command, context);
  }

  @CommandEndpoint(':facilityId/commission', 'The facility is put into operation (投入运行)')
  commission(
    @Param('facilityId', RecordIdPipe) facilityId: string,
    @Body() body: CommissionFacilityRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'CommissionFacility' as const, facilityId, ...body };
    return this.commands.handle(environmentalFacility, environmentalFacilityStreamId(facilityId), command, context);
  }

  @CommandEndpoint(':facilityId/void', 'Void a facility entered in error, with the reason')
  void(
    @Param('facilityId', RecordIdPipe) facilityId: string,
    @Body() body: VoidEnvironmentalFacilityRequest,
    @Command() context: CommandContext,
  ) {
    const command = { type: 'VoidEnvironmentalFacility' as const, facilityId, ...body };
    return this.commands.handle(environmentalFacility, environmentalFacilityStreamId(facilityId), command, context);
  }

  @RecordEndpoint(':facilityId', 'The environmental facility as it stands, with its version (ETag)')
  current(@Param('facilityId', RecordIdPipe) facilityId: string) {
    return this.commands.current(environmentalFacility, environmentalFacilityStreamId(facilityId));
  }

  @RecordEndpoint(':facilityId/events', 'Every event of the environmental facility, oldest first')
  history(@Param('facilityId', RecordIdPipe) facilityId: string) {
    return this.commands.history(environmentalFacilityStreamId(facilityId));
  }
}
