import { OccurredAt, Yuan } from '../request-fields';
import type { ImposePenalty } from './impose-penalty';

export class ImposePenaltyRequest implements Omit<ImposePenalty, 'type' | 'hazardId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Yuan(50_000)
  readonly amountYuan!: number;
}
