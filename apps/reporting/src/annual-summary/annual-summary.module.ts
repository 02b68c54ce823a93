import { Module } from '@nestjs/common';
import { AnnualSummaryController } from './annual-summary.controller';
import { PdfRenderer } from './pdf-renderer';

/** GET /reports/annual/{year}: the generated annual work summary, also printed to PDF. */
@Module({ controllers: [AnnualSummaryController], providers: [PdfRenderer] })
export class AnnualSummaryModule {}
