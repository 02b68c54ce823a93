import { IsOccurredAt, IsReason, IsRecordId } from '../../request-fields';
import type { VoidMilestone } from './void-milestone';

export class VoidMilestoneRequest implements Omit<VoidMilestone, 'type'> {
  @IsRecordId('pharma-key-cluster-2014') readonly milestoneId!: string;
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('重复录入') readonly reason!: string;
}
