import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RecordController } from '@park-ledger/department';
import { obligationCalendarDecider, obligationCalendarStreamId } from './obligation-calendar';
import { DeclareHolidayRequest, ExtendDeadlineRequest, SetObligationRuleRequest, YEAR, YearPipe } from './obligation-calendar.request';

@ApiTags('obligations calendar 报送日历')
@Controller('obligation-calendars')
export class ObligationCalendarController extends RecordController(
  {
    decider: obligationCalendarDecider,
    key: 'year',
    streamId: obligationCalendarStreamId,
    record: 'year’s obligations calendar',
    pipes: { year: YearPipe },
    patterns: { year: YEAR.source },
  },
  (on) => ({
    setRule: on(':year/rules', 'SetObligationRule', SetObligationRuleRequest, ['设定报送要求：每月报送什么、由谁报送、截至几日', 'Set a rule of what is due each month, by whom, by which day']),
    extend: on(':year/extensions', 'ExtendDeadline', ExtendDeadlineRequest, ['延长某月报送期限（全部或某一企业），并说明理由', 'Extend one month’s deadline of a rule, for everyone or one enterprise, with the reason']),
    holiday: on(':year/holidays', 'DeclareHoliday', DeclareHolidayRequest, ['登记节假日：落在当日的期限顺延至次日', 'Declare a holiday: a deadline falling on it moves to the next day']),
  }),
) {}
