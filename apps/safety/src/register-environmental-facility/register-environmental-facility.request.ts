import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { OccurredAt, RecordId, Text } from '../request-fields';
import type {
  EnvironmentalFacilityDetails,
  FacilityWork,
  RegisterEnvironmentalFacility,
} from './register-environmental-facility';

export class FacilityWorkRequest implements FacilityWork {
  @RecordId('emergency-pool')
  readonly workId!: string;

  @Text('应急调节池建设')
  readonly nameZh!: string;

  @Text('emergency regulating pool', { required: false })
  readonly nameEn?: string;
}

export class EnvironmentalFacilityDetailsRequest implements EnvironmentalFacilityDetails {
  @Text('盐化基地污水处理厂')
  readonly nameZh!: string;

  @Text('Salt-Chemical Base wastewater treatment plant', { required: false })
  readonly nameEn?: string;

  @RecordId('salt-chemical-base')
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
  @RecordId('salt-base-wwtp')
  readonly facilityId!: string;

  @OccurredAt()
  readonly occurredAt!: string;
}
