import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { IsOccurredAt, IsRecordId, IsText, Label } from '@park-ledger/department';
import { IsCentiArea } from '../../request-fields';
import type { ExpansionPlanDetails, ListExpansionPlan, PreparatoryTask } from './list-expansion-plan';

export class PreparatoryTaskRequest implements PreparatoryTask {
  @IsRecordId('feasibility-report')
  @Label('前期工作编号', 'Task id')
  readonly taskId!: string;

  @IsText('可研报告')
  @Label('名称（中文）', 'Name (Chinese)')
  readonly nameZh!: string;

  @IsText('feasibility report', { optional: true })
  @Label('名称（英文）', 'Name (English)')
  readonly nameEn?: string;
}

export class ExpansionPlanDetailsRequest implements ExpansionPlanDetails {
  @IsText('樟树工业园区扩区调区')
  @Label('名称（中文）', 'Name (Chinese)')
  readonly nameZh!: string;

  @IsText('Zhangshu Industrial Park expansion', { optional: true })
  @Label('名称（英文）', 'Name (English)')
  readonly nameEn?: string;

  @IsText('江西省人民政府')
  @Label('批准机关（中文）', 'Listed by (Chinese)')
  readonly listedByZh!: string;

  @IsText('Jiangxi Provincial Government', { optional: true })
  @Label('批准机关（英文）', 'Listed by (English)')
  readonly listedByEn?: string;

  @IsCentiArea(30_000, 'hectares', 0)
  @Label('原批准面积', 'Approved area before')
  readonly approvedAreaBeforeCentiHectares!: number;

  @IsCentiArea(166_100, 'hectares')
  @Label('规划面积', 'Planned area')
  readonly plannedAreaCentiHectares!: number;

  @ApiProperty({ type: [PreparatoryTaskRequest], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PreparatoryTaskRequest)
  @Label('前期工作', 'Preparatory tasks')
  readonly preparatoryTasks!: PreparatoryTaskRequest[];
}

export class ListExpansionPlanRequest
  extends ExpansionPlanDetailsRequest
  implements Omit<ListExpansionPlan, 'type'>
{
  @IsRecordId('expansion-2014')
  @Label('扩区编号', 'Plan id')
  readonly planId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
