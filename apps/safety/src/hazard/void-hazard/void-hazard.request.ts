import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidHazard } from './void-hazard';

export class VoidHazardRequest implements Omit<VoidHazard, 'type' | 'hazardId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
