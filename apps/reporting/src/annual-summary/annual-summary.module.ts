import { Module } from '@nestjs/common';
import { AnnualSummaryController } from './annual-summary.controller';

/** GET /reports/annual/{year}: the generated annual work summary. */
@Module({ controllers: [AnnualSummaryController] })
export class AnnualSummaryModule {}
