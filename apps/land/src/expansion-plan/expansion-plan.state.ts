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

export const initialExpansionPlanState = (): ExpansionPlanState => ({ status: 'None' });
