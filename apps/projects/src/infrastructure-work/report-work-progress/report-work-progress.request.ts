import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsOccurredAt, Label } from '@park-ledger/department';
import type { ReportWorkProgress } from './report-work-progress';

export class ReportWorkProgressRequest implements Omit<ReportWorkProgress, 'type' | 'workId'> {
  @IsOccurredAt() readonly occurredAt!: string;

  @ApiProperty({ example: 70, type: 'integer', minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  @Label('完成进度', 'Percent complete', { help: '占总工程量的百分比', helpEn: 'Percent of the total work done', unit: ['%', '%'] })
  readonly percentComplete!: number;
}
