import { OccurredAt, Reason, Yuan } from '../request-fields';
import type { CorrectPollutionCompensation } from './correct-pollution-compensation';

export class CorrectPollutionCompensationRequest implements Omit<CorrectPollutionCompensation, 'type' | 'incidentId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Yuan(35_000, 0)
  readonly amountYuan!: number;

  @Reason()
  readonly reason!: string;
}
