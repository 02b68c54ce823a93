import { OccurredAt, Reason, Yuan } from '../request-fields';
import type { CorrectPenalty } from './correct-penalty';

export class CorrectPenaltyRequest implements Omit<CorrectPenalty, 'type' | 'hazardId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Yuan(30_000, 0)
  readonly amountYuan!: number;

  @Reason()
  readonly reason!: string;
}
