import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidFundingApplication } from './void-funding-application';

export class VoidFundingApplicationRequest implements Omit<VoidFundingApplication, 'type' | 'applicationId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('重复录入') readonly reason!: string;
}
