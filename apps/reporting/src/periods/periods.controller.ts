import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiParam, ApiPropertyOptional, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { DATE_TIME_PATTERN, PERIOD_ID } from '@park-ledger/contracts';
import { Reads } from '@park-ledger/platform';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { AS_OF_DESCRIPTION, IsAsOf, PeriodRequest } from '../figures/figures.request';
import { PeriodsService } from './periods.service';

export class AsOfRequest {
  @ApiPropertyOptional({ example: '2015-01-05T18:00:00+08:00', format: 'date-time', pattern: DATE_TIME_PATTERN, description: `record time; ${AS_OF_DESCRIPTION}` })
  @IsOptional()
  @IsAsOf()
  asOf?: string;
}

export class FiledSummaryRequest {
  @ApiPropertyOptional({ enum: ['zh', 'en'], default: 'zh' })
  @IsOptional()
  @IsIn(['zh', 'en'], { message: 'lang must be zh or en' })
  lang: 'zh' | 'en' = 'zh';

  @ApiPropertyOptional({ enum: ['html', 'md'], default: 'html' })
  @IsOptional()
  @IsIn(['html', 'md'], { message: 'format must be html or md' })
  format: 'html' | 'md' = 'html';
}

const PeriodParam = () =>
  ApiParam({ name: 'period', required: true, schema: { type: 'string', pattern: PERIOD_ID.source }, description: 'a year (2014), a quarter (2014-Q4) or a month (2014-12)' });

/**
 * The committee office's periods as reporting sees them: the figures a close digests, a closed
 * period's figures as filed (digest verified), and what has been restated since.
 */
@ApiTags('periods 关账、签发与更正')
@Controller()
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @Get('periods/:period/figures')
  @Reads()
  @PeriodParam()
  @ApiOperation({
    summary: 'Every figure value of the period (totals and parts by each dim) as known at asOf, and their digest',
    description: 'What the office closes a period with: send asOf, digest and figureCount to the office service’s POST /periods/{period}/close.',
  })
  @ApiOkResponse({ description: '{ period, asOf, digest, figureCount, values[] }' })
  @ApiBadRequestResponse({ description: 'A malformed period or asOf' })
  @ApiUnprocessableEntityResponse({ description: 'A year outside the park’s (year-out-of-range)' })
  figures(@Param('period') period: string, @Query() { asOf }: AsOfRequest) {
    return this.periods.figures(period, asOf);
  }

  @Get('periods/:period')
  @Reads()
  @PeriodParam()
  @ApiOperation({
    summary: 'A period: open, closed or signed off, its history (who, when, why) and, once closed, its figures as filed',
    description: 'As filed = the as-of view at the close, recomputed; `verified` says its digest equals the one the close recorded.',
  })
  @ApiOkResponse({ description: '{ period, status, close, signedOff, history[], asFiled }' })
  @ApiBadRequestResponse({ description: 'A malformed period' })
  @ApiUnprocessableEntityResponse({ description: 'A year outside the park’s (year-out-of-range)' })
  view(@Param('period') period: string) {
    return this.periods.view(period);
  }

  @Get('periods/:period/restatement')
  @Reads()
  @PeriodParam()
  @ApiOperation({
    summary: 'What changed since the close: each value unlike the closed one, with the events that changed it (who, why)',
    description: 'closed, current and difference per figure value (total or part); the events are those recorded after the close’s asOf.',
  })
  @ApiOkResponse({ description: '{ period, status, close, signedOff, verified, restated[] }' })
  @ApiBadRequestResponse({ description: 'A malformed period' })
  @ApiUnprocessableEntityResponse({ description: 'period-not-closed, or a year outside the park’s (year-out-of-range)' })
  restatement(@Param('period') period: string) {
    return this.periods.restatement(period);
  }

  @Get('periods/:period/summary')
  @Reads()
  @ApiParam({ name: 'period', required: true, schema: { type: 'string', pattern: '^\\d{4}$' }, description: 'a closed year' })
  @ApiOperation({
    summary: 'The annual summary as filed: written from the figures as known at the close, with who closed and signed it off',
    description: 'The same bytes whatever is recorded after the close (corrections show in the current summary’s closing section and in the restatement).',
  })
  @ApiOkResponse({ description: 'text/html or text/markdown' })
  @ApiBadRequestResponse({ description: 'A malformed year, lang or format' })
  @ApiUnprocessableEntityResponse({ description: 'period-not-closed, or a year outside the park’s (year-out-of-range)' })
  async summary(@Param('period') period: string, @Query() request: FiledSummaryRequest, @Res({ passthrough: true }) res: Response) {
    const text = await this.periods.filedSummary(period, request.lang, request.format);
    res.type(request.format === 'md' ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8');
    return text;
  }

  @Get('timeliness')
  @Reads()
  @ApiOperation({
    summary: 'Enterprises’ monthly returns due in a year or month: on-time rate (overall, per department, zone, month), the missing and the late',
    description:
      'A return is due by the office’s rule (default: the 10th of the following month), moved by its extensions and holidays; ' +
      'it is on time when filed (business time) by then. With asOf, as known at that record time. A quarter is not taken. ' +
      'Each missing or late return names the enterprise, its zone (id and name) and contact (person and phone, from its ' +
      'returns). A missing return’s days overdue are counted to `businessDate`, the newest business date of the returns ' +
      'known at asOf (in live use, today; for a year loaded long after the fact, not the years since).',
  })
  @ApiOkResponse({ description: '{ year, month, asOf, asOfDate, businessDate, rule, total, byDepartment[], byZone[], byMonth[], missing[], late[], tallies { rule, total, months[] } }' })
  @ApiBadRequestResponse({ description: 'A missing year, a malformed month or asOf' })
  @ApiUnprocessableEntityResponse({ description: 'A year outside the park’s (year-out-of-range)' })
  timeliness(@Query() request: PeriodRequest) {
    return this.periods.timeliness(request.year, request.month, request.asOf);
  }
}
