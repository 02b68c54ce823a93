import { IsOccurredAt, IsRecordId, IsText, IsYuan, Label } from '@park-ledger/department';
import type { CollectLandTaxArrears, LandTaxArrearsDetails } from './collect-land-tax-arrears';

export class LandTaxArrearsDetailsRequest implements LandTaxArrearsDetails {
  @IsText('恒辉')
  @Label('企业名称（中文）', 'Enterprise (Chinese)')
  readonly enterpriseNameZh!: string;

  @IsText('Henghui', { optional: true })
  @Label('企业名称（英文）', 'Enterprise (English)')
  readonly enterpriseNameEn?: string;

  @IsYuan(7_390_000, { min: 1 })
  @Label('金额', 'Amount')
  readonly amountYuan!: number;

  @IsRecordId('P-2014-02', { optional: true })
  @Label('闲置地块', 'Idle parcel', { help: '欠税涉及的闲置地块（如有）', helpEn: 'The idle parcel the arrears concern, if any', pick: 'record:idle-parcels' })
  readonly parcelId?: string;
}

export class CollectLandTaxArrearsRequest
  extends LandTaxArrearsDetailsRequest
  implements Omit<CollectLandTaxArrears, 'type'>
{
  @IsRecordId('arrears-2014-henghui')
  @Label('征收编号', 'Collection id')
  readonly collectionId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
