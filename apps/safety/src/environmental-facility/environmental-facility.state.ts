/** An environmental facility, its preparatory works and its commissioning: `environmental-facility-<facilityId>`. */
export const environmentalFacilityStreamId = (facilityId: string) => `environmental-facility-${facilityId}`;

export type EnvironmentalFacilityState =
  | { readonly status: 'None' }
  | {
      readonly status: 'Registered';
      readonly workIds: readonly string[];
      readonly completedWorkIds: readonly string[];
      readonly commissioned: boolean;
    }
  | { readonly status: 'Voided' };

export const initialEnvironmentalFacilityState = (): EnvironmentalFacilityState => ({ status: 'None' });
