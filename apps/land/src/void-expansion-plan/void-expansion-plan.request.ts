import { OccurredAt, Reason } from '../request-fields';
import type { VoidExpansionPlan } from './void-expansion-plan';

export class VoidExpansionPlanRequest implements Omit<VoidExpansionPlan, 'type' | 'planId'> {
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
