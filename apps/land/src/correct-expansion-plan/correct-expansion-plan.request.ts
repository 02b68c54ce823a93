import { ExpansionPlanDetailsRequest } from '../list-expansion-plan/list-expansion-plan.request';
import { OccurredAt, Reason } from '../request-fields';
import type { CorrectExpansionPlan } from './correct-expansion-plan';

export class CorrectExpansionPlanRequest
  extends ExpansionPlanDetailsRequest
  implements Omit<CorrectExpansionPlan, 'type' | 'planId'>
{
  @OccurredAt()
  readonly occurredAt!: string;

  @Reason()
  readonly reason!: string;
}
