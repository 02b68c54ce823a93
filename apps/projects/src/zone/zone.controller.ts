import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Command, CommandEndpoint, CommandGateway, RecordEndpoint, RecordIdPipe, type CommandContext } from '@park-ledger/department';
import { AddPlatformPhaseRequest } from './add-platform-phase/add-platform-phase.request';
import { AddPlatformRequest } from './add-platform/add-platform.request';
import { CorrectRegistryEntryRequest } from './correct-registry-entry/correct-registry-entry.request';
import { MovePlatformSiteRequest } from './move-platform-site/move-platform-site.request';
import { RegisterZoneRequest } from './register-zone/register-zone.request';
import { VoidRegistryEntryRequest } from './void-registry-entry/void-registry-entry.request';
import { zoneDecider, zoneStreamId } from './zone';

@ApiTags('park registry 园区名录')
@Controller('zones')
export class ZoneController {
  constructor(private readonly commands: CommandGateway) {}

  @CommandEndpoint('', 'Register a zone of the park (园区/片区)')
  register(@Body() body: RegisterZoneRequest, @Command() context: CommandContext) {
    return this.commands.handle(zoneDecider, zoneStreamId(body.zoneId), { type: 'RegisterZone', ...body }, context);
  }

  @CommandEndpoint(':zoneId/add-platform', 'Add a development platform to the zone (平台/产业园)')
  addPlatform(@Param('zoneId', RecordIdPipe) zoneId: string, @Body() body: AddPlatformRequest, @Command() context: CommandContext) {
    return this.commands.handle(zoneDecider, zoneStreamId(zoneId), { type: 'AddPlatform', zoneId, ...body }, context);
  }

  @CommandEndpoint(':zoneId/add-phase', 'Add a phase to one of the zone’s platforms (期)')
  addPhase(@Param('zoneId', RecordIdPipe) zoneId: string, @Body() body: AddPlatformPhaseRequest, @Command() context: CommandContext) {
    return this.commands.handle(zoneDecider, zoneStreamId(zoneId), { type: 'AddPlatformPhase', zoneId, ...body }, context);
  }

  @CommandEndpoint(':zoneId/move-platform-site', 'A platform moves to another site (平台选址变更)')
  movePlatformSite(
    @Param('zoneId', RecordIdPipe) zoneId: string,
    @Body() body: MovePlatformSiteRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(zoneDecider, zoneStreamId(zoneId), { type: 'MovePlatformSite', zoneId, ...body }, context);
  }

  @CommandEndpoint(':zoneId/correct-entry', 'Correct the names of the zone, a platform or a phase, with the reason')
  correctEntry(
    @Param('zoneId', RecordIdPipe) zoneId: string,
    @Body() body: CorrectRegistryEntryRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(zoneDecider, zoneStreamId(zoneId), { type: 'CorrectRegistryEntry', zoneId, ...body }, context);
  }

  @CommandEndpoint(':zoneId/void-entry', 'Void the zone, a platform or a phase entered in error, with the reason')
  voidEntry(
    @Param('zoneId', RecordIdPipe) zoneId: string,
    @Body() body: VoidRegistryEntryRequest,
    @Command() context: CommandContext,
  ) {
    return this.commands.handle(zoneDecider, zoneStreamId(zoneId), { type: 'VoidRegistryEntry', zoneId, ...body }, context);
  }

  @RecordEndpoint(':zoneId', 'The zone (园区) as it stands: its platforms and phases, with its version (ETag)')
  current(@Param('zoneId', RecordIdPipe) zoneId: string) {
    return this.commands.current(zoneDecider, zoneStreamId(zoneId));
  }

  @RecordEndpoint(':zoneId/events', 'Every event of the zone, oldest first')
  history(@Param('zoneId', RecordIdPipe) zoneId: string) {
    return this.commands.history(zoneStreamId(zoneId));
  }
}
