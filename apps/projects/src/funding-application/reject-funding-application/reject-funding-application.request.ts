import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { RejectFundingApplication } from './reject-funding-application';

export class RejectFundingApplicationRequest implements Omit<RejectFundingApplication, 'type' | 'applicationId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('本年度指标已满') readonly reason!: string;
}
