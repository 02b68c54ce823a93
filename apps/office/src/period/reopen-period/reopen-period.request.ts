import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { ReopenPeriod } from './reopen-period';

export class ReopenPeriodRequest implements Omit<ReopenPeriod, 'type' | 'period' | 'reopenedBy'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason('统计局反馈12月企业月报有误，需重新关账')
  readonly reason!: string;
}
