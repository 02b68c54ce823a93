import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidInspection } from './void-inspection';

export class VoidInspectionRequest implements Omit<VoidInspection, 'type' | 'inspectionId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
