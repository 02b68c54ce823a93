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
    setRule: on(':year/rules', 'SetObligationRule', SetObligationRuleRequest, 'Set a rule of what is due each month, by whom, by which day (报送要求)'),
    extend: on(':year/extensions', 'ExtendDeadline', ExtendDeadlineRequest, 'Extend one month’s deadline of a rule, for everyone or one enterprise, with the reason'),
    holiday: on(':year/holidays', 'DeclareHoliday', DeclareHolidayRequest, 'Declare a holiday: a deadline falling on it moves to the next day'),
  }),
) {}
