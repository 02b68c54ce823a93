import { applyDecorators, BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsOccurredAt, IsReason, Label } from '@park-ledger/department';
import { IsString, Matches } from 'class-validator';
import { IsCount } from '../request-fields';
import type { CorrectMonthlyTally, FileMonthlyTally, VoidMonthlyTally } from './monthly-tally';

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const IsTallyMonth = () =>
  applyDecorators(
    ApiProperty({
      example: '2014-06',
      pattern: YEAR_MONTH.source,
      title: '台账月份',
      'x-title-en': 'Month of the tally',
      description: '台账所属月份，YYYY-MM',
      'x-description-en': 'the month the tally counts, YYYY-MM',
    } as ApiPropertyOptions),
    IsString(),
    Matches(YEAR_MONTH, { message: '$property must be a month, YYYY-MM' }),
  );

/** The month of a tally named in the path. */
@Injectable()
export class TallyMonthPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!YEAR_MONTH.test(value)) {
      throw new BadRequestException({ statusCode: 400, error: 'BadRequest', message: ['month: must be a month, YYYY-MM'] });
    }
    return value;
  }
}

export const tallyMonthPattern = YEAR_MONTH.source;

export class TallyCountsRequest {
  @IsCount(6, 0)
  @Label('提醒批次数', 'Reminder batches', { unit: ['批', 'batches'] })
  readonly reminderBatches!: number;

  @IsCount(9, 0)
  @Label('检查次数', 'Inspections', { unit: ['次', 'inspections'] })
  readonly inspections!: number;
}

/** The month first in the form, then its counts. */
class TallyMonthRequest {
  @IsTallyMonth()
  readonly month!: string;
}

export class FileMonthlyTallyRequest extends TallyMonthRequest implements Omit<FileMonthlyTally, 'type'> {
  @IsCount(6, 0)
  @Label('提醒批次数', 'Reminder batches', { unit: ['批', 'batches'] })
  readonly reminderBatches!: number;

  @IsCount(9, 0)
  @Label('检查次数', 'Inspections', { unit: ['次', 'inspections'] })
  readonly inspections!: number;

  /** the business date the tally was handed to the committee office */
  @IsOccurredAt()
  readonly occurredAt!: string;
}

export class CorrectMonthlyTallyRequest extends TallyCountsRequest implements Omit<CorrectMonthlyTally, 'type' | 'month'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}

export class VoidMonthlyTallyRequest implements Omit<VoidMonthlyTally, 'type' | 'month'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
