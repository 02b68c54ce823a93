import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidInfrastructureWork } from './void-infrastructure-work';

export class VoidInfrastructureWorkRequest implements Omit<VoidInfrastructureWork, 'type' | 'workId'> {
  @IsOccurredAt() readonly occurredAt!: string;
  @IsReason('与 logistics-p2-canal 重复登记') readonly reason!: string;
}
