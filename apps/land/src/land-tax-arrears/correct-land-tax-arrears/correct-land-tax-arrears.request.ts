import { IsOccurredAt, IsReason } from '@park-ledger/department';
import { LandTaxArrearsDetailsRequest } from '../collect-land-tax-arrears/collect-land-tax-arrears.request';
import type { CorrectLandTaxArrears } from './correct-land-tax-arrears';

export class CorrectLandTaxArrearsRequest
  extends LandTaxArrearsDetailsRequest
  implements Omit<CorrectLandTaxArrears, 'type' | 'collectionId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
