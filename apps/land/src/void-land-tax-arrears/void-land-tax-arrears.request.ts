import { OccurredAt, Reason } from '../request-fields';
import type { VoidLandTaxArrears } from './void-land-tax-arrears';

export class VoidLandTaxArrearsRequest implements Omit<VoidLandTaxArrears, 'type' | 'collectionId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
