import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { isIsoDateTime, LAND_RECORD_ID } from '@park-ledger/contracts';
import { IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min, ValidateBy } from 'class-validator';

const MAX_YUAN = 10_000_000_000_000;
const MAX_CENTI_AREA = 1_000_000_000;

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
    ApiProperty({ example, required, pattern: LAND_RECORD_ID.source }),
    ...(required ? [] : [IsOptional()]),
    IsString(),
    Matches(LAND_RECORD_ID, { message: '$property must be 1-64 letters, digits, _ or -, starting with a letter or digit' }),
  );

export const Text = (example: string, { required = true, max = 200 } = {}) =>
  applyDecorators(
    ApiProperty({ example, required, maxLength: max }),
    ...(required ? [] : [IsOptional()]),
    IsString(),
    Length(1, max),
  );

export const Reason = () => Text('面积录入错误 / area entered wrongly', { max: 1000 });

export const Yuan = (example: number, min: 0 | 1 = 1) =>
  applyDecorators(ApiProperty({ example, minimum: min, description: 'Whole yuan' }), IsInt(), Min(min), Max(MAX_YUAN));

export const CentiArea = (example: number, unit: 'mu' | 'hectares', min: 0 | 1 = 1) =>
  applyDecorators(
    ApiProperty({ example, minimum: min, description: `Hundredths of a ${unit === 'mu' ? 'mu' : 'hectare'}` }),
    IsInt(),
    Min(min),
    Max(MAX_CENTI_AREA),
  );

export const OptionalDate = (example: string) =>
  applyDecorators(
    ApiProperty({ example, required: false, format: 'date' }),
    IsOptional(),
    IsISO8601({ strict: true }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date (YYYY-MM-DD)' }),
  );
