import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

// The fields every department shares (IsOccurredAt, IsRecordId, IsText, IsYuan, …) are in @park-ledger/department.

const MAX_CENTI_AREA = 1_000_000_000;

/** An area in hundredths of a mu or of a hectare, so it stays a whole number. */
export const IsCentiArea = (example: number, unit: 'mu' | 'hectares', min: 0 | 1 = 1) =>
  applyDecorators(
    ApiProperty({ example, type: 'integer', minimum: min, maximum: MAX_CENTI_AREA, description: `Hundredths of a ${unit === 'mu' ? 'mu' : 'hectare'}` }),
    IsInt(),
    Min(min),
    Max(MAX_CENTI_AREA),
  );
