import { IsOccurredAt, Label } from '@park-ledger/department';
import { IsNullableCalendarDate } from '../../request-fields';
import type { ReviseWorkSchedule } from './revise-work-schedule';

export class ReviseWorkScheduleRequest implements Omit<ReviseWorkSchedule, 'type' | 'workId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('预计开工日期', 'Expected start')
  @IsNullableCalendarDate('2014-03-01') readonly expectedStartOn!: string | null;
  @Label('预计完工日期', 'Expected completion')
  @IsNullableCalendarDate('2014-12-31') readonly expectedCompletionOn!: string | null;
}
