import { IsOccurredAt, IsYuan } from '@park-ledger/department';
import type { GrantFundingApplication } from './grant-funding-application';

export class GrantFundingApplicationRequest implements Omit<GrantFundingApplication, 'type' | 'applicationId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsYuan(8_000_000) readonly amountYuan!: number;
}
