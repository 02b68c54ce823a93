import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { isIsoDateTime, SAFETY_RECORD_ID } from '@park-ledger/contracts';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min, ValidateBy } from 'class-validator';

const MAX_YUAN = 10_000_000_000_000;

/** Business time: when it happened in the park, with its offset. */
export const OccurredAt = () =>
  applyDecorators(
    ApiProperty({ example: '2014-08-31T09:00:00+08:00', description: 'Business time, ISO-8601 with an offset' }),
    IsISO8601({ strict: true }),
    ValidateBy({
      name: 'isIsoDateTimeWithOffset',
      validator: { validate: isIsoDateTime, defaultMessage: () => '$property must be a date-time with an offset' },
    }),
  );

export const RecordId = (example: string, required = true) =>
  applyDecorators(
    ApiProperty({ example, required, pattern: SAFETY_RECORD_ID.source }),
    ...(required ? [] : [IsOptional()]),
    IsString(),
    Matches(SAFETY_RECORD_ID, { message: '$property must be 1-64 letters, digits, _ or -, starting with a letter or digit' }),
  );

export const Text = (example: string, { required = true, max = 200 } = {}) =>
  applyDecorators(
    ApiProperty({ example, required, maxLength: max }),
    ...(required ? [] : [IsOptional()]),
    IsString(),
    Length(1, max),
  );

export const Description = (example: string, required = true) => Text(example, { required, max: 2000 });

export const Reason = () => Text('数量录入错误 / count entered wrongly', { max: 1000 });

export const OneOf = <V extends string>(values: readonly V[], example: V) =>
  applyDecorators(ApiProperty({ enum: values, example }), IsIn(values));

export const Flag = (example: boolean, description: string) =>
  applyDecorators(ApiProperty({ example, description }), IsBoolean());

export const Count = (example: number, min: 0 | 1) =>
  applyDecorators(ApiProperty({ example, minimum: min }), IsInt(), Min(min), Max(1_000_000));

export const Yuan = (example: number, min: 0 | 1 = 1) =>
  applyDecorators(ApiProperty({ example, minimum: min, description: 'Whole yuan' }), IsInt(), Min(min), Max(MAX_YUAN));

export const OptionalDate = (example: string) =>
  applyDecorators(
    ApiProperty({ example, required: false, format: 'date' }),
    IsOptional(),
    IsISO8601({ strict: true }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date (YYYY-MM-DD)' }),
  );
