import { IsOccurredAt, IsYuan, Label } from '@park-ledger/department';
import type { GrantFundingApplication } from './grant-funding-application';

export class GrantFundingApplicationRequest implements Omit<GrantFundingApplication, 'type' | 'applicationId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @Label('金额', 'Amount')
  @IsYuan(8_000_000) readonly amountYuan!: number;
}
