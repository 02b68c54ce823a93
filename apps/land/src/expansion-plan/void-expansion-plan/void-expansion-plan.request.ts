import { IsOccurredAt, IsReason } from '@park-ledger/department';
import type { VoidExpansionPlan } from './void-expansion-plan';

export class VoidExpansionPlanRequest implements Omit<VoidExpansionPlan, 'type' | 'planId'> {
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
