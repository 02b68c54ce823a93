import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import type {
  EnvironmentalFacilityDetails,
  FacilityWork,
  RegisterEnvironmentalFacility,
} from './register-environmental-facility';
import { IsOccurredAt, IsRecordId, IsText } from '@park-ledger/department';

export class FacilityWorkRequest implements FacilityWork {
  @IsRecordId('emergency-pool')
  readonly workId!: string;

  @IsText('应急调节池建设')
  readonly nameZh!: string;

  @IsText('emergency regulating pool', { optional: true })
  readonly nameEn?: string;
}

export class EnvironmentalFacilityDetailsRequest implements EnvironmentalFacilityDetails {
  @IsText('盐化基地污水处理厂')
  readonly nameZh!: string;

  @IsText('Salt-Chemical Base wastewater treatment plant', { optional: true })
  readonly nameEn?: string;

  @IsRecordId('salt-chemical-base')
  readonly zoneId!: string;

  @ApiProperty({ type: [FacilityWorkRequest], maxItems: 50 })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FacilityWorkRequest)
  readonly works!: FacilityWorkRequest[];
}

export class RegisterEnvironmentalFacilityRequest
  extends EnvironmentalFacilityDetailsRequest
  implements Omit<RegisterEnvironmentalFacility, 'type'>
{
  @IsRecordId('salt-base-wwtp')
  readonly facilityId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
