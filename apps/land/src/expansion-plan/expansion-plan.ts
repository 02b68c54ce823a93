import { type Decider, unknownCommand } from '@park-ledger/decider';
import type { ExpansionPlanEvent } from '@park-ledger/contracts';
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
import { listExpansionPlan, type ListExpansionPlan } from './list-expansion-plan/list-expansion-plan';
import { voidExpansionPlan, type VoidExpansionPlan } from './void-expansion-plan/void-expansion-plan';

/** A park expansion plan (扩区调区) listed by the province: `expansion-plan-<planId>`. */
export const expansionPlanStreamId = (planId: string) => `expansion-plan-${planId}`;

export type ExpansionPlanState =
  | { readonly status: 'None' }
  | {
      readonly status: 'Listed';
      readonly taskIds: readonly string[];
      readonly completedTaskIds: readonly string[];
      readonly approvedAreaCentiHectares: number | null;
    }
  | { readonly status: 'Voided' };

export type ExpansionPlanCommand =
  | ListExpansionPlan
  | CorrectExpansionPlan
  | CompletePreparatoryTask
  | ApproveExpansionArea
  | CorrectExpansionApproval
  | VoidExpansionPlan;

const initialState = (): ExpansionPlanState => ({ status: 'None' });

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

const decide = (command: ExpansionPlanCommand, state: ExpansionPlanState): ExpansionPlanEvent[] => {
  switch (command.type) {
    case 'ListExpansionPlan':
      return listExpansionPlan(command, state);
    case 'CorrectExpansionPlan':
      return correctExpansionPlan(command, state);
    case 'CompletePreparatoryTask':
      return completePreparatoryTask(command, state);
    case 'ApproveExpansionArea':
      return approveExpansionArea(command, state);
    case 'CorrectExpansionApproval':
      return correctExpansionApproval(command, state);
    case 'VoidExpansionPlan':
      return voidExpansionPlan(command, state);
    default:
      return unknownCommand(command);
  }
};

export const expansionPlan: Decider<ExpansionPlanState, ExpansionPlanCommand, ExpansionPlanEvent> = {
  decide,
  evolve,
  initialState,
};
