import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

// The fields every department shares (IsOccurredAt, IsRecordId, IsText, IsYuan, …) are in @park-ledger/department.

const MAX_CENTI_AREA = 1_000_000_000;

/** An area in hundredths of a mu or of a hectare, so it stays a whole number. */
export const IsCentiArea = (example: number, unit: 'mu' | 'hectares', min: 0 | 1 = 1) =>
  applyDecorators(
    ApiProperty({
      example,
      type: 'integer',
      minimum: min,
      maximum: MAX_CENTI_AREA,
      // sent in hundredths, so it stays a whole number: 0.01 亩 (mu) or 0.01 公顷 (hectare)
      'x-unit': unit === 'mu' ? '0.01亩' : '0.01公顷',
      'x-unit-en': unit === 'mu' ? '0.01 mu' : '0.01 ha',
      'x-description-en': `Hundredths of a ${unit === 'mu' ? 'mu' : 'hectare'}`,
    } as ApiPropertyOptions),
    IsInt(),
    Min(min),
    Max(MAX_CENTI_AREA),
  );
