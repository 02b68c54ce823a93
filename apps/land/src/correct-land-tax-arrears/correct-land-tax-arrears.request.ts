import { LandTaxArrearsDetailsRequest } from '../collect-land-tax-arrears/collect-land-tax-arrears.request';
import { OccurredAt, Reason } from '../request-fields';
import type { CorrectLandTaxArrears } from './correct-land-tax-arrears';

export class CorrectLandTaxArrearsRequest
  extends LandTaxArrearsDetailsRequest
  implements Omit<CorrectLandTaxArrears, 'type' | 'collectionId'>
{
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
