import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidProject } from './void-project';

export class VoidProjectRequest implements Omit<VoidProject, 'type' | 'projectId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('与 startup-park-p2-006 重复录入') readonly reason!: string;
}
