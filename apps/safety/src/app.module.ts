import { Module } from '@nestjs/common';
import { safetyEvents } from '@park-ledger/contracts';
import { DepartmentModule, parkZonesMigrations, periodClosesMigrations } from '@park-ledger/department';
import { eventStoreMigrations } from '@park-ledger/event-store';
import { PlatformModule } from '@park-ledger/platform';
import { EnvironmentalFacilityController } from './environmental-facility/environmental-facility.controller';
import { MonthlyTallyController } from './monthly-tally/monthly-tally.controller';
import { HazardController } from './hazard/hazard.controller';
import { PollutionIncidentController } from './pollution-incident/pollution-incident.controller';
import { ReminderBatchController } from './reminder-batch/reminder-batch.controller';
import { SafetyAccidentController } from './safety-accident/safety-accident.controller';
import { SafetyInspectionController } from './safety-inspection/safety-inspection.controller';

@Module({
  imports: [
    PlatformModule.forRoot({ service: 'safety', department: 'safety', migrations: [...eventStoreMigrations, ...new Set([...parkZonesMigrations, ...periodClosesMigrations])] }),
    DepartmentModule.forRoot({ department: 'safety', events: safetyEvents, zonesFromProjects: true, lateChangesFromOffice: true }),
  ],
  controllers: [
    ReminderBatchController,
    SafetyInspectionController,
    HazardController,
    PollutionIncidentController,
    SafetyAccidentController,
    EnvironmentalFacilityController,
    MonthlyTallyController,
  ],
})
export class AppModule {}
