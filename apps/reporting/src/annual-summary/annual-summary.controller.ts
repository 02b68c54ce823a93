import { BadRequestException, Controller, Get, Inject, Param, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { readModelFreshnessHeaders, Reads, setReadModelFreshness } from '@park-ledger/platform';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { FreshnessService } from '../figures/freshness.service';
import { assertParkYear } from '../figures/park-years';
import { activeVersion } from '../read-model/active-version';
import { schemaOf } from '../read-model/read-model-tables';
import { REPORTING_SETUP, type ReportingSetup } from '../reporting-setup';
import { AnnualSummaryRequest } from './annual-summary.request';
import { freshnessLine } from './freshness-line';
import { PdfRenderer } from './pdf-renderer';
import { printLayout } from './print-layout';
import { readSummaryFacts } from './read-summary-facts';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { writeSummary } from './write-summary';
import { PeriodsService } from '../periods/periods.service';
import { withOfficeAdditions } from '../periods/summary-additions';

function parseYear(year: string, establishedOn: string): number {
  if (!/^\d{4}$/.test(year) || Number(year) < 1990 || Number(year) > 2100) {
    throw new BadRequestException({ statusCode: 400, error: 'BadRequest', message: 'year must be a year between 1990 and 2100' });
  }
  assertParkYear(Number(year), establishedOn);
  return Number(year);
}

@ApiTags('reports')
@Controller('reports')
export class AnnualSummaryController {
  constructor(
    @Inject(REPORTING_SETUP) private readonly setup: ReportingSetup,
    private readonly dataSource: DataSource,
    private readonly freshness: FreshnessService,
    private readonly pdf: PdfRenderer,
    private readonly periods: PeriodsService,
  ) {}

  @Get('annual/:year')
  @Reads()
  @ApiOperation({
    summary: 'The annual work summary, written from the read models',
    description:
      'The committee’s annual work summary for a business year, in the structure and wording of its own ' +
      'documents (zh) or in English: economic indicators beside last year, platforms and land, projects, ' +
      'industrial clusters, safety and the environment. Every number links to the events behind it ' +
      '(`/figures/{figure}/events`). Sections with nothing recorded say so. Money in 万元/亿元 (zh) or CNY (en). ' +
      'The HTML says under its title what data it reflects (newest record time applied, messages pending); ' +
      '`format=pdf` prints that HTML on A4 with the committee’s heading and page numbers, as an attachment.',
  })
  @ApiParam({
    name: 'year',
    example: 2014,
    schema: { type: 'integer', minimum: 1990, maximum: 2100 },
    description: 'business year; one before the park was established (PARK_ESTABLISHED_ON, default 2001) or after the current year is refused with 422 year-out-of-range',
  })
  @ApiProduces('text/html', 'text/markdown', 'application/json', 'application/pdf')
  @ApiOkResponse({
    description: 'HTML (printable), Markdown, the summary facts as JSON, or the printed PDF (an attachment); every format says in its headers how fresh it is',
    headers: readModelFreshnessHeaders,
    content: {
      'text/html': { schema: { type: 'string' } },
      'text/markdown': { schema: { type: 'string' } },
      'application/json': { schema: { type: 'object' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiBadRequestResponse({ description: 'Invalid year, lang, format or asOf (asOf: a date-time with seconds and an offset; a date alone is refused)' })
  @ApiUnprocessableEntityResponse({ description: 'year-out-of-range: a year before the park was established or after the current year' })
  @ApiServiceUnavailableResponse({ description: 'format=pdf: the PDF renderer is busy or Chromium cannot start: try again' })
  async annual(@Param('year') year: string, @Query() request: AnnualSummaryRequest, @Res({ passthrough: true }) res: FastifyReply) {
    const [facts, freshness] = await Promise.all([
      readSummaryFacts(this.dataSource, this.setup.catalogue, parseYear(year, this.setup.establishedOn), request.asOf),
      this.currentFreshness(),
    ]);
    setReadModelFreshness(res, freshness.topics);
    if (request.format === 'json') return facts;
    // the committee office's additions: the returns' timeliness, and the corrections since a close
    const document = withOfficeAdditions(writeSummary(facts, request.lang), await this.periods.summaryAdditions(facts.year, request.asOf), this.setup.catalogue.all);
    if (request.format === 'md') {
      void res.type('text/markdown; charset=utf-8');
      return renderMarkdown(document, '', freshnessLine(freshness, request.lang));
    }
    const html = renderHtml(document, { freshness: freshnessLine(freshness, request.lang) });
    if (request.format === 'pdf') {
      const pdf = await this.pdf.render(html, printLayout(document));
      const filename = `park-ledger-summary-${facts.year}-${request.lang}.pdf`;
      return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${filename}"`, length: pdf.length });
    }
    void res.type('text/html; charset=utf-8');
    return html;
  }

  private async currentFreshness() {
    const version = await activeVersion(this.dataSource);
    return this.freshness.of(schemaOf(version), version);
  }
}
