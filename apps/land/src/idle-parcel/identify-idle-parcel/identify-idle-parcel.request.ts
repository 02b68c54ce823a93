import { ApiProperty } from '@nestjs/swagger';
import { idleLandCategories, type IdleLandCategory } from '@park-ledger/contracts';
import { IsIn } from 'class-validator';
import { IsOccurredAt, IsRecordId, IsText, Label } from '@park-ledger/department';
import { IsCentiArea } from '../../request-fields';
import type { IdentifyIdleParcel, IdleParcelDetails } from './identify-idle-parcel';

export class IdleParcelDetailsRequest implements IdleParcelDetails {
  @ApiProperty({ enum: idleLandCategories, example: 'supplied-unused' })
  @IsIn(idleLandCategories)
  @Label('闲置类别', 'Category', { help: '供而未用 或 供多建少', helpEn: 'Supplied but unused, or under-built' })
  readonly category!: IdleLandCategory;

  @IsRecordId('chengbei')
  @Label('园区', 'Zone', { pick: 'zone' })
  readonly zoneId!: string;

  @IsText('新瑭虹')
  @Label('企业名称（中文）', 'Enterprise (Chinese)')
  readonly enterpriseNameZh!: string;

  @IsText('Xintanghong', { optional: true })
  @Label('企业名称（英文）', 'Enterprise (English)')
  readonly enterpriseNameEn?: string;

  @IsCentiArea(50_000, 'mu')
  @Label('闲置面积', 'Idle area')
  readonly idleAreaCentiMu!: number;
}

export class IdentifyIdleParcelRequest
  extends IdleParcelDetailsRequest
  implements Omit<IdentifyIdleParcel, 'type'>
{
  @IsRecordId('P-2014-01')
  @Label('地块编号', 'Parcel id')
  readonly parcelId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
