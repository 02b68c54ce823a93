/** One inspection round (勤排查) in one zone: `safety-inspection-<inspectionId>`. */
export const safetyInspectionStreamId = (inspectionId: string) => `safety-inspection-${inspectionId}`;

export type SafetyInspectionState =
  | { readonly status: 'None' }
  | { readonly status: 'Conducted' }
  | { readonly status: 'Voided' };

export const initialSafetyInspectionState = (): SafetyInspectionState => ({ status: 'None' });
