/** A hazard found at an enterprise and its rectification (严整改): `hazard-<hazardId>`. */
export const hazardStreamId = (hazardId: string) => `hazard-${hazardId}`;

export type HazardState =
  | { readonly status: 'None' }
  | {
      readonly status: 'Found';
      readonly rectification: 'NotOrdered' | 'Ordered' | 'Verified';
      readonly penaltyImposed: boolean;
    }
  | { readonly status: 'Voided' };

export const initialHazardState = (): HazardState => ({ status: 'None' });
