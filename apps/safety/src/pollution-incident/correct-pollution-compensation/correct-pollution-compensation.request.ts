import { IsOccurredAt, IsReason, IsYuan, Label } from '@park-ledger/department';
import type { CorrectPollutionCompensation } from './correct-pollution-compensation';

export class CorrectPollutionCompensationRequest implements Omit<CorrectPollutionCompensation, 'type' | 'incidentId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsYuan(35_000)
  @Label('金额', 'Amount')
  readonly amountYuan!: number;

  @IsReason()
  readonly reason!: string;
}
