import { ApiProperty } from '@nestjs/swagger';
import { idleLandCategories, type IdleLandCategory } from '@park-ledger/contracts';
import { IsIn } from 'class-validator';
import { CentiArea, OccurredAt, RecordId, Text } from '../request-fields';
import type { IdentifyIdleParcel, IdleParcelDetails } from './identify-idle-parcel';

export class IdleParcelDetailsRequest implements IdleParcelDetails {
  @ApiProperty({ enum: idleLandCategories, example: 'supplied-unused', description: '供而未用 or 供多建少' })
  @IsIn(idleLandCategories)
  readonly category!: IdleLandCategory;

  @RecordId('chengbei')
  readonly zoneId!: string;

  @Text('新瑭虹')
  readonly enterpriseNameZh!: string;

  @Text('Xintanghong', { required: false })
  readonly enterpriseNameEn?: string;

  @CentiArea(50_000, 'mu')
  readonly idleAreaCentiMu!: number;
}

export class IdentifyIdleParcelRequest
  extends IdleParcelDetailsRequest
  implements Omit<IdentifyIdleParcel, 'type'>
{
  @RecordId('P-2014-01')
  readonly parcelId!: string;

  @OccurredAt()
  readonly occurredAt!: string;
}
