import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RecordController } from '@park-ledger/department';
import { safetyMonthlyTallyDecider, safetyMonthlyTallyStreamId } from './monthly-tally';
import { CorrectMonthlyTallyRequest, FileMonthlyTallyRequest, TallyMonthPipe, tallyMonthPattern, VoidMonthlyTallyRequest } from './monthly-tally.request';

/** A month's tally is named by its month: /monthly-tallies/2014-06. */
@ApiTags('monthly tallies 月度台账')
@Controller('monthly-tallies')
export class MonthlyTallyController extends RecordController(
  {
    decider: safetyMonthlyTallyDecider,
    key: 'month',
    streamId: safetyMonthlyTallyStreamId,
    record: 'monthly tally',
    pipes: { month: TallyMonthPipe },
    patterns: { month: tallyMonthPattern },
  },
  (on) => ({
    file: on('', 'FileMonthlyTally', FileMonthlyTallyRequest, ['向管委会报送本部门月度台账（常提醒批次、检查次数）', 'File the month’s tally with the committee office (reminder batches, inspections)']),
    correct: on(':month/correct', 'CorrectMonthlyTally', CorrectMonthlyTallyRequest, ['更正月度台账（附原因）', 'Correct the monthly tally, with the reason']),
    void: on(':month/void', 'VoidMonthlyTally', VoidMonthlyTallyRequest, ['作废误报的月度台账（附原因）', 'Void a monthly tally filed in error, with the reason']),
  }),
) {}
