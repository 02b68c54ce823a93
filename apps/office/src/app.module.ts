import { Module } from '@nestjs/common';
import { officeEvents } from '@park-ledger/contracts';
import { DepartmentModule } from '@park-ledger/department';
import { eventStoreMigrations } from '@park-ledger/event-store';
import { PlatformModule } from '@park-ledger/platform';
import { ObligationCalendarController } from './obligation-calendar/obligation-calendar.controller';
import { PeriodController } from './period/period.controller';

@Module({
  imports: [
    PlatformModule.forRoot({ service: 'office', department: 'office', migrations: [...eventStoreMigrations] }),
    DepartmentModule.forRoot({ department: 'office', events: officeEvents }),
  ],
  controllers: [PeriodController, ObligationCalendarController],
})
export class AppModule {}
