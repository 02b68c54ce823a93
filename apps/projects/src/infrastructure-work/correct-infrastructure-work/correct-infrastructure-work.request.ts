import { ApiProperty } from '@nestjs/swagger';
import { infrastructureKinds, infrastructureStages } from '@park-ledger/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, Max, Min } from 'class-validator';
import { IsOccurredAt, IsOneOf, IsReason, IsRecordId, IsText } from '@park-ledger/department';
import type { CorrectInfrastructureWork } from './correct-infrastructure-work';

type Correction = Omit<CorrectInfrastructureWork, 'type' | 'workId'>;

export class CorrectInfrastructureWorkRequest implements Correction {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsText('医药物流园一期路网工程') readonly nameZh!: string;
  @IsText('Pharma logistics park phase 1 road network', { optional: true }) readonly nameEn?: string;
  @IsRecordId('fucheng-pharma') readonly zoneId!: string;
  @IsRecordId('pharma-logistics-park') readonly platformId!: string;
  @IsRecordId('phase-1', { optional: true }) readonly phaseId?: string;

  @ApiProperty({ enum: infrastructureKinds, isArray: true, minItems: 1, maxItems: infrastructureKinds.length, uniqueItems: true, example: ['road-network'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(infrastructureKinds.length)
  @ArrayUnique()
  @IsIn([...infrastructureKinds], { each: true })
  readonly kinds!: Correction['kinds'];

  @IsOneOf(infrastructureStages, 'under-construction') readonly stage!: Correction['stage'];

  @ApiProperty({ example: 70, type: 'integer', minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  readonly percentComplete!: number;

  @IsReason('进度误报为80%，监理核实为70%') readonly reason!: string;
}
