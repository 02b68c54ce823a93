import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidMilestone } from './void-milestone';

export class VoidMilestoneRequest implements Omit<VoidMilestone, 'type' | 'milestoneId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('重复录入') readonly reason!: string;
}
