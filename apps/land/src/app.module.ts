import { Module } from '@nestjs/common';
import { landEvents } from '@park-ledger/contracts';
import { DepartmentModule } from '@park-ledger/department';
import { eventStoreMigrations } from '@park-ledger/event-store';
import { PlatformModule } from '@park-ledger/platform';
import { ExpansionPlanController } from './expansion-plan.controller';
import { IdleParcelController } from './idle-parcel.controller';
import { LandTaxArrearsController } from './land-tax-arrears.controller';
import { RelocationController } from './relocation.controller';

@Module({
  imports: [
    PlatformModule.forRoot({ service: 'land', department: 'land', migrations: [...eventStoreMigrations] }),
    DepartmentModule.forRoot({ department: 'land', events: landEvents }),
  ],
  controllers: [IdleParcelController, LandTaxArrearsController, ExpansionPlanController, RelocationController],
})
export class AppModule {}
