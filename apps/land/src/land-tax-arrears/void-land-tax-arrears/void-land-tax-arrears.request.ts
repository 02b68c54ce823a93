import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidLandTaxArrears } from './void-land-tax-arrears';

export class VoidLandTaxArrearsRequest implements Omit<VoidLandTaxArrears, 'type' | 'collectionId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
