import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { IsCalendarDate, IsOccurredAt, IsOneOf, IsReason, IsRecordId, IsText } from '@park-ledger/department';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min } from 'class-validator';
import type { DeclareHoliday } from './declare-holiday/declare-holiday';
import type { ExtendDeadline } from './extend-deadline/extend-deadline';
import type { SetObligationRule } from './set-obligation-rule/set-obligation-rule';

export const YEAR = /^(20\d{2}|2100)$/;

@Injectable()
export class YearPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!YEAR.test(value)) throw new BadRequestException({ statusCode: 400, error: 'BadRequest', message: ['year: must be a year from 2000 to 2100, e.g. 2014'] });
    return value;
  }
}

export class SetObligationRuleRequest implements Omit<SetObligationRule, 'type' | 'year'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsRecordId('enterprise-monthly-return') readonly ruleId!: string;
  @IsOneOf(['projects', 'land', 'safety'] as const, 'projects') readonly department!: 'projects' | 'land' | 'safety';
  @IsOneOf(['enterprise', 'department'] as const, 'enterprise') readonly subject!: 'enterprise' | 'department';
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 28, example: 10, description: 'day of the month after the one reported on' })
  @IsInt()
  @Min(1)
  @Max(28)
  readonly dueDay!: number;
  @IsText('企业经济指标月报') readonly labelZh!: string;
  @IsText("enterprises' monthly economic returns") readonly labelEn!: string;
  @IsReason('管委会2014年统计工作安排') readonly reason!: string;
}

export class ExtendDeadlineRequest implements Omit<ExtendDeadline, 'type' | 'year'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsRecordId('enterprise-monthly-return') readonly ruleId!: string;
  @ApiProperty({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2014-01' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '$property must be a month, YYYY-MM' })
  readonly month!: string;
  @IsRecordId('jinghao-salt-chemical', { optional: true }) readonly subjectId?: string;
  @IsCalendarDate('2014-02-17') readonly until!: string;
  @IsReason('春节假期顺延') readonly reason!: string;
}

export class DeclareHolidayRequest implements Omit<DeclareHoliday, 'type' | 'year'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsCalendarDate('2014-10-10') readonly date!: string;
  @IsText('国庆调休') readonly nameZh!: string;
  @IsText('国务院办公厅节假日安排', { optional: true, max: 1000 }) readonly reason?: string;
}
