import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { readModelFreshnessHeaders, Reads, setReadModelFreshness } from '@park-ledger/platform';
import type { FastifyReply } from 'fastify';
import { CatalogueResponse, figureNames } from './figure-catalogue.response';
import { FigureEventsRequest, FiguresRequest } from './figures.request';
import { FiguresService } from './figures.service';

@ApiTags('figures')
@Controller('figures')
export class FiguresController {
  constructor(private readonly figures: FiguresService) {}

  @Get()
  @Reads()
  @ApiOperation({
    summary: 'Figures for a business period beside the same period a year earlier',
    description:
      'For each figure: value, previous, change (absolute, percent of previous, percent change), optional breakdown ' +
      'by dims whose parts sum to the figure, and an `events` link listing the events behind each value. ' +
      'Flow figures sum the period; stock figures sum everything up to its end. With asOf, the figures as they ' +
      'were known at that record time. A figure of percentages (`per` names its item, e.g. workId) is never added: its ' +
      '`value`, `previous` and `change` are null, `noTotal` says why, and its breakdown is always per item. `freshness` gives, per department topic, the newest applied record time, ' +
      'the committed and end offsets and the lag.',
  })
  @ApiOkResponse({ description: '{ period, previousPeriod, asOf, figures[], freshness }', headers: readModelFreshnessHeaders })
  @ApiBadRequestResponse({ description: 'Invalid period (a missing year: "year is required"), a malformed asOf, or an unknown figure' })
  @ApiUnprocessableEntityResponse({
    description:
      'A quarter and a month together (period-ambiguous), a year before the park was established or after the current one ' +
      '(year-out-of-range), or a groupBy dim no requested figure has',
  })
  async report(@Query() request: FiguresRequest, @Res({ passthrough: true }) res: FastifyReply) {
    const answer = await this.figures.report(request);
    setReadModelFreshness(res, answer.freshness.topics);
    return answer;
  }

  @Get('catalogue')
  @Reads()
  @ApiOperation({
    summary: 'The figure catalogue: every figure’s name, kind, unit, dims and zh/en labels',
    description: 'The figures /figures answers for; `per` marks a figure of percentages, stated per item and never added.',
  })
  @ApiOkResponse({ type: CatalogueResponse })
  catalogue(): CatalogueResponse {
    return { figures: this.figures.catalogue() };
  }

  @Get(':figure/events')
  @Reads()
  @ApiOperation({
    summary: 'The events that make a figure value (drill-down), paginated',
    description:
      'Exactly the events that changed the figure for the period (and breakdown part, via dims; with asOf, those ' +
      'recorded by then), each with its `contribution`: the change it made to the value (+/-, in the figure\'s unit), ' +
      'beside business time, record time, actor and the reason a correction gave. An event that changed the value by ' +
      'zero (a correction within the same part, a fee on a parcel for its area) is not listed. `total` counts the ' +
      'listed events and `value`, the sum of all their contributions, is the figure\'s value.',
  })
  @ApiParam({ name: 'figure', enum: figureNames, description: 'a figure of the catalogue (GET /figures/catalogue)' })
  @ApiOkResponse({ description: '{ figure, period, dims, asOf, total, value, page, pageSize, events[], freshness }', headers: readModelFreshnessHeaders })
  @ApiBadRequestResponse({ description: 'Invalid period or asOf, or a dims name no figure has (named)' })
  @ApiNotFoundResponse({ description: 'No such figure' })
  @ApiUnprocessableEntityResponse({
    description: 'A quarter and a month together (period-ambiguous), a year out of the park\'s range (year-out-of-range), or a dim of other figures but not of this one (dims-unknown)',
  })
  async events(@Param('figure') figure: string, @Query() request: FigureEventsRequest, @Res({ passthrough: true }) res: FastifyReply) {
    const answer = await this.figures.events(figure, request);
    setReadModelFreshness(res, answer.freshness.topics);
    return answer;
  }
}
