import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { IsOccurredAt, IsRecordId, IsText } from '@park-ledger/department';
import { IsCentiArea } from '../../request-fields';
import type { ExpansionPlanDetails, ListExpansionPlan, PreparatoryTask } from './list-expansion-plan';

export class PreparatoryTaskRequest implements PreparatoryTask {
  @IsRecordId('feasibility-report')
  readonly taskId!: string;

  @IsText('可研报告')
  readonly nameZh!: string;

  @IsText('feasibility report', { optional: true })
  readonly nameEn?: string;
}

export class ExpansionPlanDetailsRequest implements ExpansionPlanDetails {
  @IsText('樟树工业园区扩区调区')
  readonly nameZh!: string;

  @IsText('Zhangshu Industrial Park expansion', { optional: true })
  readonly nameEn?: string;

  @IsText('江西省人民政府')
  readonly listedByZh!: string;

  @IsText('Jiangxi Provincial Government', { optional: true })
  readonly listedByEn?: string;

  @IsCentiArea(30_000, 'hectares', 0)
  readonly approvedAreaBeforeCentiHectares!: number;

  @IsCentiArea(166_100, 'hectares')
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
  @IsRecordId('expansion-2014')
  readonly planId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
