import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** A client-chosen record id: the same slug in every department (the contracts' *_RECORD_ID). */
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Record ids in paths: the same slug the commands accept. */
@Injectable()
export class RecordIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!RECORD_ID.test(value)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'BadRequest',
        message: ['id: must be 1 to 64 letters, digits, _ or -, starting with a letter or digit'],
      });
    }
    return value;
  }
}
