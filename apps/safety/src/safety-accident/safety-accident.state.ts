/** A safety accident (安全事故) and how it was handled: `safety-accident-<accidentId>`. */
export const safetyAccidentStreamId = (accidentId: string) => `safety-accident-${accidentId}`;

export type SafetyAccidentState =
  | { readonly status: 'None' }
  | { readonly status: 'Reported'; readonly handled: boolean }
  | { readonly status: 'Voided' };

export const initialSafetyAccidentState = (): SafetyAccidentState => ({ status: 'None' });
