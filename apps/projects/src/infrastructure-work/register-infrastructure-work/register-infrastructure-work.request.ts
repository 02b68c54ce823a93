import { ApiProperty } from '@nestjs/swagger';
import { infrastructureKinds, infrastructureStages } from '@park-ledger/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { IsCalendarDate, IsOccurredAt, IsOneOf, IsRecordId, IsText, Label } from '@park-ledger/department';
import type { RegisterInfrastructureWork } from './register-infrastructure-work';

type Work = Omit<RegisterInfrastructureWork, 'type'>;

export class RegisterInfrastructureWorkRequest implements Work {
  @Label('工程编号', 'Work id')
  @IsRecordId('logistics-p2-roads') readonly workId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('名称（中文）', 'Name (Chinese)')
  @IsText('医药物流园二期路网、灌溉渠工程') readonly nameZh!: string;
  @Label('名称（英文）', 'Name (English)')
  @IsText('Pharma logistics park phase 2 roads and irrigation canal', { optional: true }) readonly nameEn?: string;
  @Label('园区', 'Zone', { pick: 'zone' })
  @IsRecordId('fucheng-pharma') readonly zoneId!: string;
  @Label('平台', 'Platform', { pick: 'platform' })
  @IsRecordId('pharma-logistics-park') readonly platformId!: string;
  @Label('期', 'Phase', { pick: 'phase' })
  @IsRecordId('phase-2', { optional: true }) readonly phaseId?: string;

  @ApiProperty({ enum: infrastructureKinds, isArray: true, minItems: 1, maxItems: infrastructureKinds.length, uniqueItems: true, example: ['road-network', 'irrigation-canal'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(infrastructureKinds.length)
  @ArrayUnique()
  @IsIn([...infrastructureKinds], { each: true })
  @Label('工程类别', 'Kinds of work')
  readonly kinds!: Work['kinds'];

  @Label('阶段', 'Stage')
  @IsOneOf(infrastructureStages, 'tendering') readonly stage!: Work['stage'];
  @Label('预计开工日期', 'Expected start')
  @IsCalendarDate('2014-11-01', { optional: true }) readonly expectedStartOn?: string;
  @Label('预计完工日期', 'Expected completion')
  @IsCalendarDate('2015-06-30', { optional: true }) readonly expectedCompletionOn?: string;
}
