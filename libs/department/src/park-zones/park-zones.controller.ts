import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Reads } from '@park-ledger/platform';
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

  /** Land and safety know the zones from the projects service's registry events; their records name no platform. */
  @ParkZonesEndpoint()
  async zones(): Promise<ParkZoneResponse[]> {
    return (await this.directory.zones()).map((zone) => ({ ...zone, platforms: [] }));
  }
}
