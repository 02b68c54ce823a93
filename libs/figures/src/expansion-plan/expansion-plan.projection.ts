import {
  ExpansionPlanDetailsCorrected,
  expansionPlanEvents,
  ExpansionPlanListed,
  type ExpansionPlanEvent,
  type PayloadOf,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';
import { fact, netted, restated } from '../contributions';

export type ExpansionPlanRow = PayloadOf<typeof ExpansionPlanListed> & {
  readonly listedIn: string;
  /** Month each preparatory task was completed, by task id. */
  readonly completedTasks: Readonly<Record<string, string>>;
  readonly approved: { readonly areaCentiHectares: number; readonly period: string } | null;
};

const evolve = (row: ExpansionPlanRow | null, event: ExpansionPlanEvent, month: string): ExpansionPlanRow | null => {
  if (event.type === 'ExpansionPlanListed') return { ...event.payload, listedIn: month, completedTasks: {}, approved: null };
  if (row === null) return null;
  switch (event.type) {
    case 'ExpansionPlanDetailsCorrected':
      // the details as corrected: an optional one the correction leaves out is cleared
      return restated(row, event.payload, ExpansionPlanDetailsCorrected);
    case 'ExpansionPreparatoryTaskCompleted': {
      const { taskId } = event.payload;
      return { ...row, completedTasks: { ...row.completedTasks, [taskId]: row.completedTasks[taskId] ?? month } };
    }
    case 'ExpansionAreaApproved':
    case 'ExpansionAreaApprovalCorrected': {
      const areaCentiHectares = event.payload.approvedAreaCentiHectares;
      return { ...row, approved: { areaCentiHectares, period: row.approved?.period ?? month } };
    }
    case 'ExpansionPlanVoided':
      return null;
  }
};

/**
 * The approved area is a stock: the area before the plan from its listing, moved to the approved area in
 * the month of approval. Only tasks still on the plan's list count.
 */
const contributions = (row: ExpansionPlanRow) => {
  const dims = { planId: row.planId };
  const completions = row.preparatoryTasks.flatMap(({ taskId }) => row.completedTasks[taskId] ?? []);
  const before = row.approvedAreaBeforeCentiHectares;
  return netted([
    fact('land.expansion-plans-listed', row.listedIn, dims),
    fact('land.expansion-planned-area', row.listedIn, dims, row.plannedAreaCentiHectares),
    fact('land.expansion-approved-area', row.listedIn, dims, before),
    ...(row.approved ? [fact('land.expansion-approved-area', row.approved.period, dims, row.approved.areaCentiHectares - before)] : []),
    fact('land.expansion-tasks-pending', row.listedIn, dims, row.preparatoryTasks.length),
    ...completions.map((period) => fact('land.expansion-tasks-pending', period, dims, -1)),
    ...completions.map((period) => fact('land.expansion-tasks-completed', period, dims)),
  ]);
};

/** A park expansion plan (扩区调区): its preparatory tasks and the approved area before and after. */
export const expansionPlanProjection = streamProjection<ExpansionPlanRow, ExpansionPlanEvent>(
  'expansion-plan',
  expansionPlanEvents,
  evolve,
  contributions,
);
