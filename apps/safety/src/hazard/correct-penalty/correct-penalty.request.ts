import { IsOccurredAt, IsReason, IsYuan } from '@park-ledger/department';
import type { CorrectPenalty } from './correct-penalty';

export class CorrectPenaltyRequest implements Omit<CorrectPenalty, 'type' | 'hazardId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsYuan(30_000)
  readonly amountYuan!: number;

  @IsReason()
  readonly reason!: string;
}
