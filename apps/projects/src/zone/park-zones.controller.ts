import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ParkZonesEndpoint, type ParkZoneResponse } from '@park-ledger/department';
import { DataSource } from 'typeorm';
import type { ZoneDetails } from './zone.details';

/**
 * `GET /park-zones` as land and safety answer it, for the forms' pickers: the registry's zones from
 * this service's inline read model (its zone rows), each with its live platforms and their phases.
 */
@ApiTags('park registry 园区名录')
@Controller('park-zones')
export class ParkZonesController {
  constructor(private readonly dataSource: DataSource) {}

  @ParkZonesEndpoint()
  async zones(): Promise<ParkZoneResponse[]> {
    const rows: { details: ZoneDetails; voided: boolean }[] = await this.dataSource.query(
      `select details, voided from event_store.records where kind = 'zone' order by record_id`,
    );
    return rows.map(({ details, voided }) => ({
      zoneId: details.zoneId,
      registered: !voided,
      nameZh: details.nameZh,
      nameEn: details.nameEn,
      platforms: details.platforms
        .filter((platform) => !platform.voided)
        .map(({ platformId, nameZh, nameEn, phases }) => ({
          platformId,
          nameZh,
          nameEn,
          phases: phases.filter((phase) => !phase.voided).map(({ phaseId, nameZh, nameEn }) => ({ phaseId, nameZh, nameEn })),
        })),
    }));
  }
}
