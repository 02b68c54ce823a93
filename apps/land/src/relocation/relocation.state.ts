import type { RelocationStep } from '@park-ledger/contracts';

/** An enterprise moving from the city into the park (退城进园): `relocation-<relocationId>`. */
export const relocationStreamId = (relocationId: string) => `relocation-${relocationId}`;

export type RelocationState =
  | { readonly status: 'None' }
  | { readonly status: 'InProgress'; readonly completedSteps: readonly RelocationStep[] }
  | { readonly status: 'Completed' }
  | { readonly status: 'Voided' };

export const initialRelocationState = (): RelocationState => ({ status: 'None' });
