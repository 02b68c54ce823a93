import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import type {
  EnvironmentalFacilityDetails,
  FacilityWork,
  RegisterEnvironmentalFacility,
} from './register-environmental-facility';
import { IsOccurredAt, IsRecordId, IsText, Label } from '@park-ledger/department';

export class FacilityWorkRequest implements FacilityWork {
  @IsRecordId('emergency-pool')
  @Label('工程编号', 'Work id')
  readonly workId!: string;

  @IsText('应急调节池建设')
  @Label('名称（中文）', 'Name (Chinese)')
  readonly nameZh!: string;

  @IsText('emergency regulating pool', { optional: true })
  @Label('名称（英文）', 'Name (English)')
  readonly nameEn?: string;
}

export class EnvironmentalFacilityDetailsRequest implements EnvironmentalFacilityDetails {
  @IsText('盐化基地污水处理厂')
  @Label('名称（中文）', 'Name (Chinese)')
  readonly nameZh!: string;

  @IsText('Salt-Chemical Base wastewater treatment plant', { optional: true })
  @Label('名称（英文）', 'Name (English)')
  readonly nameEn?: string;

  @IsRecordId('salt-chemical-base')
  @Label('园区', 'Zone', { pick: 'zone' })
  readonly zoneId!: string;

  @ApiProperty({ type: [FacilityWorkRequest], maxItems: 50 })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FacilityWorkRequest)
  @Label('配套工程', 'Works')
  readonly works!: FacilityWorkRequest[];
}

export class RegisterEnvironmentalFacilityRequest
  extends EnvironmentalFacilityDetailsRequest
  implements Omit<RegisterEnvironmentalFacility, 'type'>
{
  @IsRecordId('salt-base-wwtp')
  @Label('设施编号', 'Facility id')
  readonly facilityId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
