import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Reads } from '@park-ledger/platform';
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
      'were known at that record time. `freshness` gives, per department topic, the newest applied record time, ' +
      'the committed and end offsets and the lag.',
  })
  @ApiOkResponse({ description: '{ period, previousPeriod, asOf, figures[], freshness }' })
  @ApiBadRequestResponse({ description: 'Invalid period or unknown figure' })
  @ApiUnprocessableEntityResponse({ description: 'A quarter and a month together (period-ambiguous), or a groupBy dim no requested figure has' })
  report(@Query() request: FiguresRequest) {
    return this.figures.report(request);
  }

  @Get(':figure/events')
  @Reads()
  @ApiOperation({
    summary: 'The events behind a figure value (drill-down), paginated',
    description: 'Events of every record contributing to the figure in the period (and breakdown part, via dims).',
  })
  @ApiOkResponse({ description: '{ figure, period, dims, total, page, pageSize, events[], freshness }' })
  @ApiNotFoundResponse({ description: 'No such figure' })
  @ApiUnprocessableEntityResponse({ description: 'A quarter and a month together (period-ambiguous)' })
  events(@Param('figure') figure: string, @Query() request: FigureEventsRequest) {
    return this.figures.events(figure, request);
  }
}
