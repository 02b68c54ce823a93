import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsOccurredAt } from '@park-ledger/department';
import type { ReportWorkProgress } from './report-work-progress';

export class ReportWorkProgressRequest implements Omit<ReportWorkProgress, 'type' | 'workId'> {
  @IsOccurredAt() readonly occurredAt!: string;

  @ApiProperty({ example: 70, type: 'integer', minimum: 0, maximum: 100, description: 'percent of the total work done' })
  @IsInt()
  @Min(0)
  @Max(100)
  readonly percentComplete!: number;
}
