import { IsOccurredAt, IsYuan } from '@park-ledger/department';
import type { PayPollutionCompensation } from './pay-pollution-compensation';

export class PayPollutionCompensationRequest implements Omit<PayPollutionCompensation, 'type' | 'incidentId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsYuan(30_000, { min: 1 })
  readonly amountYuan!: number;
}
