import { IsOccurredAt, IsRecordId, IsText, IsYuan } from '@park-ledger/department';
import type { CollectLandTaxArrears, LandTaxArrearsDetails } from './collect-land-tax-arrears';

export class LandTaxArrearsDetailsRequest implements LandTaxArrearsDetails {
  @IsText('恒辉')
  readonly enterpriseNameZh!: string;

  @IsText('Henghui', { optional: true })
  readonly enterpriseNameEn?: string;

  @IsYuan(7_390_000, { min: 1 })
  readonly amountYuan!: number;

  @IsRecordId('P-2014-02', { optional: true })
  readonly parcelId?: string;
}

export class CollectLandTaxArrearsRequest
  extends LandTaxArrearsDetailsRequest
  implements Omit<CollectLandTaxArrears, 'type'>
{
  @IsRecordId('arrears-2014-henghui')
  readonly collectionId!: string;

  @IsOccurredAt()
  readonly occurredAt!: string;
}
