import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { DropProject } from './drop-project';

export class DropProjectRequest implements Omit<DropProject, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('投资方资金链断裂，放弃入园') readonly reason!: string;
}
