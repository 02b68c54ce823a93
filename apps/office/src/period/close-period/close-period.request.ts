import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME_PATTERN, SHA256_HEX } from '@park-ledger/contracts';
import { IsOccurredAt, IsText, OptionalField } from '@park-ledger/department';
import { IsInt, IsISO8601, IsString, Matches, Max, Min } from 'class-validator';
import type { ClosePeriod } from './close-period';

export class ClosePeriodRequest implements Omit<ClosePeriod, 'type' | 'period' | 'closedBy'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @ApiProperty({
    format: 'date-time',
    pattern: DATE_TIME_PATTERN,
    example: '2015-01-05T18:00:00+08:00',
    description: 'the moment whose as-of view of the figures is filed: reporting’s GET /periods/{period}/figures?asOf= gave the digest',
  })
  @IsISO8601({ strict: true })
  @Matches(new RegExp(DATE_TIME_PATTERN), { message: '$property must be a date-time with an offset, seconds included' })
  readonly asOf!: string;

  @ApiProperty({ pattern: SHA256_HEX.source, example: 'a'.repeat(64), description: 'sha256 (hex) of the figures as known at asOf' })
  @IsString()
  @Matches(SHA256_HEX, { message: '$property must be 64 lower-case hex digits (sha256)' })
  readonly digest!: string;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000, example: 412, description: 'how many figure values the digest covers' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  readonly figureCount!: number;

  @IsText('2014年度数据关账', { optional: true, max: 1000 })
  @OptionalField()
  readonly note?: string;
}
