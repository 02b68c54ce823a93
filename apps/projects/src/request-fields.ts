import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@park-ledger/department';
import { ValidateIf } from 'class-validator';

// The fields every department shares (IsOccurredAt, IsRecordId, IsText, IsYuan, …) are in @park-ledger/department.

/** A date that must be sent, as null when unknown. */
export const IsNullableCalendarDate = (example: string) =>
  applyDecorators(
    IsCalendarDate(example),
    ApiProperty({ nullable: true, type: String, format: 'date', pattern: '^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' }),
    ValidateIf((_object, value) => value !== null),
  );
