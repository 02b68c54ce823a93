import { IsOccurredAt } from '@park-ledger/department';
import { IsNullableCalendarDate } from '../../request-fields';
import type { ReviseWorkSchedule } from './revise-work-schedule';

export class ReviseWorkScheduleRequest implements Omit<ReviseWorkSchedule, 'type' | 'workId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsNullableCalendarDate('2014-03-01') readonly expectedStartOn!: string | null;
  @IsNullableCalendarDate('2014-12-31') readonly expectedCompletionOn!: string | null;
}
