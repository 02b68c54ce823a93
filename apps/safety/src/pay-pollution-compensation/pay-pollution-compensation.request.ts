import { OccurredAt, Yuan } from '../request-fields';
import type { PayPollutionCompensation } from './pay-pollution-compensation';

export class PayPollutionCompensationRequest implements Omit<PayPollutionCompensation, 'type' | 'incidentId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Yuan(30_000)
  readonly amountYuan!: number;
}
