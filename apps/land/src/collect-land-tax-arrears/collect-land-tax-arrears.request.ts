import { OccurredAt, RecordId, Text, Yuan } from '../request-fields';
import type { CollectLandTaxArrears, LandTaxArrearsDetails } from './collect-land-tax-arrears';

export class LandTaxArrearsDetailsRequest implements LandTaxArrearsDetails {
  @Text('恒辉')
  readonly enterpriseNameZh!: string;

  @Text('Henghui', { required: false })
  readonly enterpriseNameEn?: string;

  @Yuan(7_390_000)
  readonly amountYuan!: number;

  @RecordId('P-2014-02', false)
  readonly parcelId?: string;
}

export class CollectLandTaxArrearsRequest
  extends LandTaxArrearsDetailsRequest
  implements Omit<CollectLandTaxArrears, 'type'>
{
  @RecordId('arrears-2014-henghui')
  readonly collectionId!: string;

  @OccurredAt()
  readonly occurredAt!: string;
}
