import { IsOccurredAt, IsText } from '@park-ledger/department';
import type { SignOffPeriod } from './sign-off-period';

export class SignOffPeriodRequest implements Omit<SignOffPeriod, 'type' | 'period' | 'signedBy'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsText('同意发布', { optional: true, max: 1000 })
  readonly note?: string;
}
