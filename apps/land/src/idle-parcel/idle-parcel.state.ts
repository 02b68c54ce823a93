/** A parcel of land found idle (闲置土地) and what became of it: `idle-parcel-<parcelId>`. */
export const idleParcelStreamId = (parcelId: string) => `idle-parcel-${parcelId}`;

export type IdleParcelState =
  | { readonly status: 'None' }
  | {
      readonly status: 'Identified';
      readonly idleAreaCentiMu: number;
      readonly reclaimedAreaCentiMu: number | null;
      readonly commitmentSubmitted: boolean;
      readonly feeReceipts: readonly string[];
    }
  | { readonly status: 'Voided' };

export const initialIdleParcelState = (): IdleParcelState => ({ status: 'None' });
