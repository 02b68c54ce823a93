import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parkZonesOfRecords, ParkZonesEndpoint, type ParkZoneResponse } from '@park-ledger/department';
import { DataSource } from 'typeorm';

/**
 * `GET /park-zones` as land and safety answer it, for the forms' pickers: the registry's zones from
 * this service's inline read model (its zone rows), each with its live platforms and their phases.
 */
@ApiTags('park registry 园区名录')
@Controller('park-zones')
export class ParkZonesController {
  constructor(private readonly dataSource: DataSource) {}

  @ParkZonesEndpoint()
  zones(): Promise<ParkZoneResponse[]> {
    return parkZonesOfRecords(this.dataSource) as Promise<ParkZoneResponse[]>;
  }
}
