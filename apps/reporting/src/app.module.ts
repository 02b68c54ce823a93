import { Module } from '@nestjs/common';
import { allProjections, figureCatalogue } from '@park-ledger/figures';
import { PlatformModule } from '@park-ledger/platform';
import { AnnualSummaryModule } from './annual-summary/annual-summary.module';
import { reportingMigrations } from './read-model/reporting-migrations';
import { ReportingConfig } from './reporting-config';
import { ReportingModule } from './reporting.module';

@Module({
  imports: [
    PlatformModule.forRoot({ service: 'reporting', department: null, config: ReportingConfig, migrations: reportingMigrations }),
    ReportingModule.forRoot({ projections: allProjections, catalogue: figureCatalogue }),
    AnnualSummaryModule,
  ],
})
export class AppModule {}
