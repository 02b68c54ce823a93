import { ApiProperty } from '@nestjs/swagger';
import { infrastructureKinds, infrastructureStages } from '@park-ledger/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, Max, Min } from 'class-validator';
import { IsOccurredAt, IsOneOf, IsReason, IsRecordId, IsText, Label } from '@park-ledger/department';
import type { CorrectInfrastructureWork } from './correct-infrastructure-work';

type Correction = Omit<CorrectInfrastructureWork, 'type' | 'workId'>;

export class CorrectInfrastructureWorkRequest implements Correction {
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('名称（中文）', 'Name (Chinese)')
  @IsText('医药物流园一期路网工程') readonly nameZh!: string;
  @Label('名称（英文）', 'Name (English)')
  @IsText('Pharma logistics park phase 1 road network', { optional: true }) readonly nameEn?: string;
  @Label('园区', 'Zone', { pick: 'zone' })
  @IsRecordId('fucheng-pharma') readonly zoneId!: string;
  @Label('平台', 'Platform', { pick: 'platform' })
  @IsRecordId('pharma-logistics-park') readonly platformId!: string;
  @Label('期', 'Phase', { pick: 'phase' })
  @IsRecordId('phase-1', { optional: true }) readonly phaseId?: string;

  @ApiProperty({ enum: infrastructureKinds, isArray: true, minItems: 1, maxItems: infrastructureKinds.length, uniqueItems: true, example: ['road-network'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(infrastructureKinds.length)
  @ArrayUnique()
  @IsIn([...infrastructureKinds], { each: true })
  @Label('工程类别', 'Kinds of work')
  readonly kinds!: Correction['kinds'];

  @Label('阶段', 'Stage')
  @IsOneOf(infrastructureStages, 'under-construction') readonly stage!: Correction['stage'];

  @ApiProperty({ example: 70, type: 'integer', minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  @Label('完成进度', 'Percent complete', { help: '占总工程量的百分比', helpEn: 'Percent of the total work done', unit: ['%', '%'] })
  readonly percentComplete!: number;

  @IsReason('进度误报为80%，监理核实为70%') readonly reason!: string;
}
