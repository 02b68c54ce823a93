import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { CentiArea, OccurredAt, RecordId, Text } from '../request-fields';
import type { ExpansionPlanDetails, ListExpansionPlan, PreparatoryTask } from './list-expansion-plan';

export class PreparatoryTaskRequest implements PreparatoryTask {
  @RecordId('feasibility-report')
  readonly taskId!: string;

  @Text('可研报告')
  readonly nameZh!: string;

  @Text('feasibility report', { required: false })
  readonly nameEn?: string;
}

export class ExpansionPlanDetailsRequest implements ExpansionPlanDetails {
  @Text('樟树工业园区扩区调区')
  readonly nameZh!: string;

  @Text('Zhangshu Industrial Park expansion', { required: false })
  readonly nameEn?: string;

  @Text('江西省人民政府')
  readonly listedByZh!: string;

  @Text('Jiangxi Provincial Government', { required: false })
  readonly listedByEn?: string;

  @CentiArea(30_000, 'hectares', 0)
  readonly approvedAreaBeforeCentiHectares!: number;

  @CentiArea(166_100, 'hectares')
  readonly plannedAreaCentiHectares!: number;

  @ApiProperty({ type: [PreparatoryTaskRequest], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PreparatoryTaskRequest)
  readonly preparatoryTasks!: PreparatoryTaskRequest[];
}

export class ListExpansionPlanRequest
  extends ExpansionPlanDetailsRequest
  implements Omit<ListExpansionPlan, 'type'>
{
  @RecordId('expansion-2014')
  readonly planId!: string;

  @OccurredAt()
  readonly occurredAt!: string;
}
