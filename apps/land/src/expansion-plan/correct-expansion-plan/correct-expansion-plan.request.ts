import { IsOccurredAt, IsReason } from '@park-ledger/department';
import { ExpansionPlanDetailsRequest } from '../list-expansion-plan/list-expansion-plan.request';
import type { CorrectExpansionPlan } from './correct-expansion-plan';

export class CorrectExpansionPlanRequest
  extends ExpansionPlanDetailsRequest
  implements Omit<CorrectExpansionPlan, 'type' | 'planId'>
{
  @IsOccurredAt()
  readonly occurredAt!: string;

  @IsReason()
  readonly reason!: string;
}
