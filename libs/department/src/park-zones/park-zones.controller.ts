import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Reads } from '@park-ledger/platform';
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
  @ApiOkResponse({ type: [KnownZoneResponse] })
  zones(): Promise<KnownZone[]> {
    return this.directory.zones();
  }
}
