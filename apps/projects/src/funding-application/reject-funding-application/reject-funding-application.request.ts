import { IsOccurredAt, IsReason, IsRecordId } from '../../request-fields';
import type { RejectFundingApplication } from './reject-funding-application';

export class RejectFundingApplicationRequest implements Omit<RejectFundingApplication, 'type'> {
  @IsRecordId('modern-services-cluster-2014') readonly applicationId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('本年度指标已满') readonly reason!: string;
}
