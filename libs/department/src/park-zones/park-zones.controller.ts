import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DATA_AS_OF, PENDING_MESSAGES, Reads, setReadModelFreshness } from '@park-ledger/platform';
import type { Response } from 'express';
import { ZoneDirectory, type KnownZone } from './zone-directory';

class KnownZoneResponse implements KnownZone {
  @ApiProperty({ example: 'fucheng' }) zoneId!: string;
  @ApiProperty({ description: 'false once the projects service has voided the zone' }) registered!: boolean;
  @ApiProperty({ example: '福城医药园' }) nameZh!: string;
  @ApiProperty({ type: 'string', example: 'Fucheng Pharma Park', nullable: true }) nameEn!: string | null;
}

@ApiTags('park zones 园区')
@Controller('park-zones')
export class ParkZonesController {
  constructor(private readonly directory: ZoneDirectory) {}

  @Get()
  @Reads()
  @ApiOperation({ summary: 'The park’s zones as this service knows them from the projects service’s registry' })
  @ApiOkResponse({
    type: [KnownZoneResponse],
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
  async zones(@Res({ passthrough: true }) res: Response): Promise<KnownZone[]> {
    const [zones, freshness] = await Promise.all([this.directory.zones(), this.directory.freshness()]);
    setReadModelFreshness(res, [freshness]);
    return zones;
  }
}
