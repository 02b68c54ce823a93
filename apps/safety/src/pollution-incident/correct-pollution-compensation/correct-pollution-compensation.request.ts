import { IsOccurredAt, IsReason, IsYuan } from '@park-ledger/department';
import type { CorrectPollutionCompensation } from './correct-pollution-compensation';

export class CorrectPollutionCompensationRequest implements Omit<CorrectPollutionCompensation, 'type' | 'incidentId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsYuan(35_000)
  readonly amountYuan!: number;

  @IsReason()
  readonly reason!: string;
}
