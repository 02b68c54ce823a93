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
      // said so that it reads true in the API document and in the web form, which takes the whole unit
      description: `面积以${unit === 'mu' ? '亩' : '公顷'}计，按百分之一发送（31.50 = 3150）`,
      'x-description-en': `In ${unit === 'mu' ? 'mu' : 'hectares'}, sent in hundredths (31.50 = 3150)`,
    } as ApiPropertyOptions),
    IsInt(),
    Min(min),
    Max(MAX_CENTI_AREA),
  );
