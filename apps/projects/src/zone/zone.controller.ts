import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RecordController, type DetailsFold } from '@park-ledger/department';
import { AddPlatformPhaseRequest } from './add-platform-phase/add-platform-phase.request';
import { AddPlatformRequest } from './add-platform/add-platform.request';
import { CorrectRegistryEntryRequest } from './correct-registry-entry/correct-registry-entry.request';
import { MovePlatformSiteRequest } from './move-platform-site/move-platform-site.request';
import { RegisterZoneRequest } from './register-zone/register-zone.request';
import { VoidRegistryEntryRequest } from './void-registry-entry/void-registry-entry.request';
import { zoneDecider, zoneStreamId } from './zone';
import { zoneDetails } from './zone.details';

@ApiTags('park registry 园区名录')
@Controller('zones')
export class ZoneController extends RecordController(
  {
    decider: zoneDecider,
    key: 'zoneId',
    streamId: zoneStreamId,
    record: 'zone',
    details: zoneDetails as unknown as DetailsFold,
    reads: ['The zone (园区) as it stands: its platforms and phases, with its version (ETag)', 'Every event of the zone, oldest first'],
  },
  (on) => ({
    register: on('', 'RegisterZone', RegisterZoneRequest, ['登记园区（片区）', 'Register a zone of the park (园区/片区)']),
    addPlatform: on(':zoneId/add-platform', 'AddPlatform', AddPlatformRequest, ['园区新增平台（产业园）', 'Add a development platform to the zone (平台/产业园)']),
    addPhase: on(':zoneId/add-phase', 'AddPlatformPhase', AddPlatformPhaseRequest, ['平台新增一期', 'Add a phase to one of the zone’s platforms (期)']),
    movePlatformSite: on(':zoneId/move-platform-site', 'MovePlatformSite', MovePlatformSiteRequest, ['平台选址变更', 'A platform moves to another site (平台选址变更)']),
    correctEntry: on(':zoneId/correct-entry', 'CorrectRegistryEntry', CorrectRegistryEntryRequest, ['更正园区、平台或期的名称（附原因）', 'Correct the names of the zone, a platform or a phase, with the reason']),
    voidEntry: on(':zoneId/void-entry', 'VoidRegistryEntry', VoidRegistryEntryRequest, ['作废误录的园区、平台或期（附原因）', 'Void the zone, a platform or a phase entered in error, with the reason']),
  }),
) {}
