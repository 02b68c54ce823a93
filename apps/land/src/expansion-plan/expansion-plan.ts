import type { ExpansionPlanEvent } from '@park-ledger/contracts';
import { decideBy, type Decider } from '@park-ledger/decider';
import { approveExpansionArea, type ApproveExpansionArea } from './approve-expansion-area/approve-expansion-area';
import {
  completePreparatoryTask,
  type CompletePreparatoryTask,
} from './complete-preparatory-task/complete-preparatory-task';
import {
  correctExpansionApproval,
  type CorrectExpansionApproval,
} from './correct-expansion-approval/correct-expansion-approval';
import { correctExpansionPlan, type CorrectExpansionPlan } from './correct-expansion-plan/correct-expansion-plan';
import { initialExpansionPlanState, type ExpansionPlanState } from './expansion-plan.state';
import { listExpansionPlan, type ListExpansionPlan } from './list-expansion-plan/list-expansion-plan';
import { voidExpansionPlan, type VoidExpansionPlan } from './void-expansion-plan/void-expansion-plan';

export { expansionPlanStreamId, type ExpansionPlanState } from './expansion-plan.state';

export type ExpansionPlanCommand =
  | ListExpansionPlan
  | CorrectExpansionPlan
  | CompletePreparatoryTask
  | ApproveExpansionArea
  | CorrectExpansionApproval
  | VoidExpansionPlan;

const evolve = (state: ExpansionPlanState, event: ExpansionPlanEvent): ExpansionPlanState => {
  if (event.type === 'ExpansionPlanListed') {
    const taskIds = event.payload.preparatoryTasks.map((task) => task.taskId);
    return { status: 'Listed', taskIds, completedTaskIds: [], approvedAreaCentiHectares: null };
  }
  if (state.status !== 'Listed') return state;
  switch (event.type) {
    case 'ExpansionPlanDetailsCorrected':
      return { ...state, taskIds: event.payload.preparatoryTasks.map((task) => task.taskId) };
    case 'ExpansionPreparatoryTaskCompleted':
      return { ...state, completedTaskIds: [...state.completedTaskIds, event.payload.taskId] };
    case 'ExpansionAreaApproved':
    case 'ExpansionAreaApprovalCorrected':
      return { ...state, approvedAreaCentiHectares: event.payload.approvedAreaCentiHectares };
    case 'ExpansionPlanVoided':
      return { status: 'Voided' };
  }
};

const decide = decideBy<ExpansionPlanCommand, ExpansionPlanState, ExpansionPlanEvent>({
  ListExpansionPlan: listExpansionPlan,
  CorrectExpansionPlan: correctExpansionPlan,
  CompletePreparatoryTask: completePreparatoryTask,
  ApproveExpansionArea: approveExpansionArea,
  CorrectExpansionApproval: correctExpansionApproval,
  VoidExpansionPlan: voidExpansionPlan,
});

export const expansionPlanDecider: Decider<ExpansionPlanState, ExpansionPlanCommand, ExpansionPlanEvent> = {
  decide,
  evolve,
  initialState: initialExpansionPlanState,
};
