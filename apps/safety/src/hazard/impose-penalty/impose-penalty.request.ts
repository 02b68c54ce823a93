import { IsOccurredAt, IsYuan, Label } from '@park-ledger/department';
import type { ImposePenalty } from './impose-penalty';

export class ImposePenaltyRequest implements Omit<ImposePenalty, 'type' | 'hazardId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsYuan(50_000, { min: 1 })
  @Label('金额', 'Amount')
  readonly amountYuan!: number;
}
