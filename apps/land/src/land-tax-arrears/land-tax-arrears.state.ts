/** One collection of land-use tax arrears (清缴拖欠土地使用税) per record. */
export const landTaxArrearsStreamId = (collectionId: string) => `land-tax-arrears-${collectionId}`;

export type LandTaxArrearsState =
  | { readonly status: 'None' }
  | { readonly status: 'Collected' }
  | { readonly status: 'Voided' };

export const initialLandTaxArrearsState = (): LandTaxArrearsState => ({ status: 'None' });
