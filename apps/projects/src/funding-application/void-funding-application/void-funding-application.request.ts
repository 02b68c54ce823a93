import { IsOccurredAt, IsReason, IsRecordId } from '../../request-fields';
import type { VoidFundingApplication } from './void-funding-application';

export class VoidFundingApplicationRequest implements Omit<VoidFundingApplication, 'type'> {
  @IsRecordId('key-industry-cluster-2014') readonly applicationId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('重复录入') readonly reason!: string;
}
