import { ApiProperty } from '@nestjs/swagger';
import { infrastructureKinds, infrastructureStages } from '@park-ledger/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { IsCalendarDate, IsOccurredAt, IsOneOf, IsRecordId, IsText } from '@park-ledger/department';
import type { RegisterInfrastructureWork } from './register-infrastructure-work';

type Work = Omit<RegisterInfrastructureWork, 'type'>;

export class RegisterInfrastructureWorkRequest implements Work {
  @IsRecordId('logistics-p2-roads') readonly workId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsText('医药物流园二期路网、灌溉渠工程') readonly nameZh!: string;
  @IsText('Pharma logistics park phase 2 roads and irrigation canal', { optional: true }) readonly nameEn?: string;
  @IsRecordId('fucheng-pharma') readonly zoneId!: string;
  @IsRecordId('pharma-logistics-park') readonly platformId!: string;
  @IsRecordId('phase-2', { optional: true }) readonly phaseId?: string;

  @ApiProperty({ enum: infrastructureKinds, isArray: true, minItems: 1, maxItems: infrastructureKinds.length, uniqueItems: true, example: ['road-network', 'irrigation-canal'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(infrastructureKinds.length)
  @ArrayUnique()
  @IsIn([...infrastructureKinds], { each: true })
  readonly kinds!: Work['kinds'];

  @IsOneOf(infrastructureStages, 'tendering') readonly stage!: Work['stage'];
  @IsCalendarDate('2014-11-01', { optional: true }) readonly expectedStartOn?: string;
  @IsCalendarDate('2015-06-30', { optional: true }) readonly expectedCompletionOn?: string;
}
