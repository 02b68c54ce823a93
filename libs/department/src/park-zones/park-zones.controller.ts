import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DATA_AS_OF, PENDING_MESSAGES, Reads, setReadModelFreshness } from '@park-ledger/platform';
import type { FastifyReply } from 'fastify';
import { ZoneDirectory } from './zone-directory';

class ParkPhaseResponse {
  @ApiProperty({ example: 'phase-2' }) phaseId!: string;
  @ApiProperty({ example: '二期' }) nameZh!: string;
  @ApiProperty({ type: 'string', example: 'Phase 2', nullable: true }) nameEn!: string | null;
}

class ParkPlatformResponse {
  @ApiProperty({ example: 'pharma-startup-park' }) platformId!: string;
  @ApiProperty({ example: '医药创业园' }) nameZh!: string;
  @ApiProperty({ type: 'string', example: 'Pharmaceutical start-up park', nullable: true }) nameEn!: string | null;
  @ApiProperty({ type: [ParkPhaseResponse] }) phases!: ParkPhaseResponse[];
}

/** A zone of the park as the forms pick it: with its platforms and their phases, names in zh and en. */
export class ParkZoneResponse {
  @ApiProperty({ example: 'fucheng' }) zoneId!: string;
  @ApiProperty({ description: 'false once the projects service has voided the zone' }) registered!: boolean;
  @ApiProperty({ example: '福城医药园' }) nameZh!: string;
  @ApiProperty({ type: 'string', example: 'Fucheng Pharma Park', nullable: true }) nameEn!: string | null;
  @ApiProperty({
    type: [ParkPlatformResponse],
    description: 'its live platforms and phases; empty in land and safety, whose records name a zone only',
  })
  platforms!: ParkPlatformResponse[];
}

/** Documents `GET /park-zones`, the same in every department service. */
export const ParkZonesEndpoint = () => (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
  Get()(target, key, descriptor);
  Reads()(target, key, descriptor);
  ApiOperation({ summary: 'The park’s zones with their platforms and phases (names zh/en), for picking them in a form' })(target, key, descriptor);
  ApiOkResponse({ type: [ParkZoneResponse] })(target, key, descriptor);
};

@ApiTags('park zones 园区')
@Controller('park-zones')
export class ParkZonesController {
  constructor(private readonly directory: ZoneDirectory) {}

  @Get()
  @Reads()
  @ApiOperation({ summary: 'The park’s zones as this service knows them from the projects service’s registry, for picking them in a form' })
  @ApiOkResponse({
    type: [ParkZoneResponse],
    description:
      'A copy kept from the projects topic (not written with this service’s events): X-Data-As-Of is the record time of ' +
      'the newest zone change applied, X-Pending-Messages the projects messages this copy has not consumed yet',
    headers: {
      [DATA_AS_OF]: {
        description: 'record time (ISO-8601, UTC) of the newest zone change this copy has applied; absent while it has none',
        schema: { type: 'string', format: 'date-time' },
      },
      [PENDING_MESSAGES]: {
        description: 'messages on the projects topic this copy has not consumed yet; absent when Kafka cannot be reached',
        schema: { type: 'integer', minimum: 0 },
      },
    },
  })
  async zones(@Res({ passthrough: true }) res: FastifyReply): Promise<ParkZoneResponse[]> {
    const [zones, freshness] = await Promise.all([this.directory.zones(), this.directory.freshness()]);
    setReadModelFreshness(res, [freshness]);
    // land and safety know the zones from the projects service's registry events; their records name no platform
    return zones.map((zone) => ({ ...zone, platforms: [] }));
  }
}
