import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** Parked event ids are positive integers (bigint, kept as text). */
@Injectable()
export class ParkedId implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[1-9]\d{0,17}$/.test(value)) {
      throw new BadRequestException({ statusCode: 400, error: 'BadRequest', message: 'id must be a positive integer' });
    }
    return value;
  }
}
