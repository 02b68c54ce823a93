import { BadRequestException, Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Reads } from '@park-ledger/platform';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { REPORTING_SETUP, type ReportingSetup } from '../reporting-setup';
import { AnnualSummaryRequest } from './annual-summary.request';
import { readSummaryFacts } from './read-summary-facts';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { writeSummary } from './write-summary';

function parseYear(year: string): number {
  if (!/^\d{4}$/.test(year) || Number(year) < 1990 || Number(year) > 2100) {
    throw new BadRequestException({ statusCode: 400, error: 'BadRequest', message: 'year must be a year between 1990 and 2100' });
  }
  return Number(year);
}

@ApiTags('reports')
@Controller('reports')
export class AnnualSummaryController {
  constructor(
    @Inject(REPORTING_SETUP) private readonly setup: ReportingSetup,
    private readonly dataSource: DataSource,
  ) {}

  @Get('annual/:year')
  @Reads()
  @ApiOperation({
    summary: 'The annual work summary, written from the read models',
    description:
      'The committee’s annual work summary for a business year, in the structure and wording of its own ' +
      'documents (zh) or in English: economic indicators beside last year, platforms and land, projects, ' +
      'industrial clusters, safety and the environment. Every number links to the events behind it ' +
      '(`/figures/{figure}/events`). Sections with nothing recorded say so. Money in 万元/亿元 (zh) or CNY (en).',
  })
  @ApiParam({ name: 'year', example: 2014, schema: { type: 'integer', minimum: 1990, maximum: 2100 } })
  @ApiProduces('text/html', 'text/markdown', 'application/json')
  @ApiOkResponse({ description: 'HTML (printable), Markdown, or the summary facts as JSON' })
  @ApiBadRequestResponse({ description: 'Invalid year, lang, format or asOf' })
  async annual(@Param('year') year: string, @Query() request: AnnualSummaryRequest, @Res({ passthrough: true }) res: Response) {
    const facts = await readSummaryFacts(this.dataSource, this.setup.catalogue, parseYear(year), request.asOf);
    if (request.format === 'json') return facts;
    const document = writeSummary(facts, request.lang);
    if (request.format === 'md') {
      res.type('text/markdown; charset=utf-8');
      return renderMarkdown(document);
    }
    res.type('text/html; charset=utf-8');
    return renderHtml(document);
  }
}
