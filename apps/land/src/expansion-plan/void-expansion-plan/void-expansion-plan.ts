import { liveRecord } from '@park-ledger/decider';
import { eventOf, ExpansionPlanVoided, type ExpansionPlanEvent } from '@park-ledger/contracts';
import type { ExpansionPlanState } from '../expansion-plan.state';

export type VoidExpansionPlan = {
  readonly type: 'VoidExpansionPlan';
  readonly planId: string;
  readonly occurredAt: string;
  readonly reason: string;
};

export const voidExpansionPlan = (command: VoidExpansionPlan, state: ExpansionPlanState): ExpansionPlanEvent[] => {
  liveRecord(state, 'expansion-plan', command.planId);
  return [eventOf(ExpansionPlanVoided, { planId: command.planId, reason: command.reason })];
};
