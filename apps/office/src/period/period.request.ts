import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { PERIOD_ID } from '@park-ledger/contracts';

/** A period in a path: a year `2014`, a quarter `2014-Q4` or a month `2014-12`. */
@Injectable()
export class PeriodPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!PERIOD_ID.test(value)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'BadRequest',
        message: ['period: must be a year (2014), a quarter (2014-Q4) or a month (2014-12)'],
      });
    }
    return value;
  }
}
