import { ApiProperty } from '@nestjs/swagger';
import { idleLandCategories, type IdleLandCategory } from '@park-ledger/contracts';
import { IsIn } from 'class-validator';
import { IsOccurredAt, IsRecordId, IsText } from '@park-ledger/department';
import { IsCentiArea } from '../../request-fields';
import type { IdentifyIdleParcel, IdleParcelDetails } from './identify-idle-parcel';

export class IdleParcelDetailsRequest implements IdleParcelDetails {
  @ApiProperty({ enum: idleLandCategories, example: 'supplied-unused', description: '供而未用 or 供多建少' })
  @IsIn(idleLandCategories)
  readonly category!: IdleLandCategory;

  @IsRecordId('chengbei')
  readonly zoneId!: string;

  @IsText('新瑭虹')
  readonly enterpriseNameZh!: string;

  @IsText('Xintanghong', { optional: true })
  readonly enterpriseNameEn?: string;

  @IsCentiArea(50_000, 'mu')
  readonly idleAreaCentiMu!: number;
}

export class IdentifyIdleParcelRequest
  extends IdleParcelDetailsRequest
  implements Omit<IdentifyIdleParcel, 'type'>
{
  @IsRecordId('P-2014-01')
  readonly parcelId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
