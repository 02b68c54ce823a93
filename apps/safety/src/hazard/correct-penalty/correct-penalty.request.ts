import { IsOccurredAt, IsReason, IsYuan, Label } from '@park-ledger/department';
import type { CorrectPenalty } from './correct-penalty';

export class CorrectPenaltyRequest implements Omit<CorrectPenalty, 'type' | 'hazardId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsYuan(30_000)
  @Label('金额', 'Amount')
  readonly amountYuan!: number;

  @IsReason()
  readonly reason!: string;
}
