import { IsOccurredAt, IsYuan, Label } from '@park-ledger/department';
import type { PayPollutionCompensation } from './pay-pollution-compensation';

export class PayPollutionCompensationRequest implements Omit<PayPollutionCompensation, 'type' | 'incidentId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsYuan(30_000, { min: 1 })
  @Label('金额', 'Amount')
  readonly amountYuan!: number;
}
