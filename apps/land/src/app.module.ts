import { Module } from '@nestjs/common';
import { landEvents } from '@park-ledger/contracts';
import { DepartmentModule, parkZonesMigrations, periodClosesMigrations } from '@park-ledger/department';
import { eventStoreMigrations } from '@park-ledger/event-store';
import { PlatformModule } from '@park-ledger/platform';
import { ExpansionPlanController } from './expansion-plan/expansion-plan.controller';
import { IdleParcelController } from './idle-parcel/idle-parcel.controller';
import { LandTaxArrearsController } from './land-tax-arrears/land-tax-arrears.controller';
import { RelocationController } from './relocation/relocation.controller';

@Module({
  imports: [
    PlatformModule.forRoot({ service: 'land', department: 'land', migrations: [...eventStoreMigrations, ...new Set([...parkZonesMigrations, ...periodClosesMigrations])] }),
    DepartmentModule.forRoot({ department: 'land', events: landEvents, zonesFromProjects: true, lateChangesFromOffice: true }),
  ],
  controllers: [IdleParcelController, LandTaxArrearsController, ExpansionPlanController, RelocationController],
})
export class AppModule {}
