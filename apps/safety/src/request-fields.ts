import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsText } from '@park-ledger/department';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';

// The fields every department shares (IsOccurredAt, IsRecordId, IsText, IsYuan, …) are in @park-ledger/department.

export const IsDescription = (example: string, { optional = false } = {}) => IsText(example, { optional, max: 2000 });

export const IsFlag = (example: boolean, description: string) =>
  applyDecorators(ApiProperty({ example, 'x-description-en': description } as ApiPropertyOptions), IsBoolean());

export const IsCount = (example: number, min: 0 | 1) =>
  applyDecorators(ApiProperty({ example, type: 'integer', minimum: min, maximum: 1_000_000 }), IsInt(), Min(min), Max(1_000_000));
