/** An application for higher-level funding (跑项争资): `funding-application-<applicationId>`. */
export const fundingApplicationStreamId = (applicationId: string) => `funding-application-${applicationId}`;

export type FundingApplicationState =
  | { readonly status: 'None' }
  | { readonly status: 'Pending' | 'Granted' | 'Rejected'; readonly applicationId: string }
  | { readonly status: 'Voided'; readonly applicationId: string };

export const initialFundingApplicationState = (): FundingApplicationState => ({ status: 'None' });

export type { FundingApplicationEvent } from '@park-ledger/contracts';
