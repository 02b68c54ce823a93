import { Module } from '@nestjs/common';
import { projectsEvents } from '@park-ledger/contracts';
import { DepartmentModule, periodClosesMigrations } from '@park-ledger/department';
import { eventStoreMigrations } from '@park-ledger/event-store';
import { PlatformModule } from '@park-ledger/platform';
import { EconomicReturnController } from './economic-return/economic-return.controller';
import { SubmitEconomicReturnsInBulk } from './economic-returns-in-bulk';
import { FundingApplicationController } from './funding-application/funding-application.controller';
import { InfrastructureWorkController } from './infrastructure-work/infrastructure-work.controller';
import { MilestoneController } from './milestone/milestone.controller';
import { ParkRegistry } from './park-registry';
import { ProjectController } from './project/project.controller';
import { ParkZonesController } from './zone/park-zones.controller';
import { ZoneController } from './zone/zone.controller';

@Module({
  imports: [
    PlatformModule.forRoot({ service: 'projects', department: 'projects', migrations: [...eventStoreMigrations, ...periodClosesMigrations] }),
    DepartmentModule.forRoot({ department: 'projects', events: projectsEvents, parkRegistry: ParkRegistry, lateChangesFromOffice: true }),
  ],
  controllers: [
    ZoneController,
    ProjectController,
    InfrastructureWorkController,
    FundingApplicationController,
    EconomicReturnController,
    MilestoneController,
    ParkZonesController,
  ],
  providers: [SubmitEconomicReturnsInBulk],
})
export class AppModule {}
