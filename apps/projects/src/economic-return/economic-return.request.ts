import { applyDecorators, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { YEAR_MONTH } from '@park-ledger/contracts';
import { IsString, Matches } from 'class-validator';

export const IsYearMonth = () =>
  applyDecorators(
    ApiProperty({
      example: '2014-03',
      pattern: YEAR_MONTH.source,
      title: '月份',
      'x-title-en': 'Month',
      description: '数据所属月份，YYYY-MM',
      'x-description-en': 'the month the figures are for, YYYY-MM',
    } as ApiPropertyOptions),
    IsString(),
    Matches(YEAR_MONTH, { message: '$property must be a month, YYYY-MM' }),
  );

/** The month of a return named in the path. */
@Injectable()
export class YearMonthPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!YEAR_MONTH.test(value)) {
      throw new BadRequestException({ statusCode: 400, error: 'BadRequest', message: ['month: must be a month, YYYY-MM'] });
    }
    return value;
  }
}
