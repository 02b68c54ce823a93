import { type Decider } from '@park-ledger/decider';
import {
  FundingApplicationCorrected,
  FundingApplicationFiled,
  FundingApplicationGranted,
  FundingApplicationRejected,
  FundingApplicationVoided,
  type DomainEventOf,
} from '@park-ledger/contracts';
import {
  correctFundingApplication,
  type CorrectFundingApplication,
} from './correct-funding-application/correct-funding-application';
import { fileFundingApplication, type FileFundingApplication } from './file-funding-application/file-funding-application';
import { grantFundingApplication, type GrantFundingApplication } from './grant-funding-application/grant-funding-application';
import {
  rejectFundingApplication,
  type RejectFundingApplication,
} from './reject-funding-application/reject-funding-application';
import { voidFundingApplication, type VoidFundingApplication } from './void-funding-application/void-funding-application';

export type FundingApplicationEvent = DomainEventOf<
  | typeof FundingApplicationFiled
  | typeof FundingApplicationGranted
  | typeof FundingApplicationRejected
  | typeof FundingApplicationCorrected
  | typeof FundingApplicationVoided
>;

export type FundingApplicationState =
  | { readonly status: 'None' }
  | { readonly status: 'Pending' | 'Granted' | 'Rejected'; readonly applicationId: string }
  | { readonly status: 'Voided'; readonly applicationId: string };

export type FundingApplicationCommand =
  | FileFundingApplication
  | GrantFundingApplication
  | RejectFundingApplication
  | CorrectFundingApplication
  | VoidFundingApplication;

export const fundingApplicationStreamId = (applicationId: string) => `funding-application-${applicationId}`;

export const initialState = (): FundingApplicationState => ({ status: 'None' });

const statusOfOutcome = { pending: 'Pending', granted: 'Granted', rejected: 'Rejected' } as const;

export const evolve = (_state: FundingApplicationState, { type, payload }: FundingApplicationEvent): FundingApplicationState => {
  const { applicationId } = payload;
  switch (type) {
    case 'FundingApplicationFiled':
      return { status: 'Pending', applicationId };
    case 'FundingApplicationGranted':
      return { status: 'Granted', applicationId };
    case 'FundingApplicationRejected':
      return { status: 'Rejected', applicationId };
    case 'FundingApplicationCorrected':
      return { status: statusOfOutcome[payload.outcome], applicationId };
    case 'FundingApplicationVoided':
      return { status: 'Voided', applicationId };
  }
};

export const decide = (command: FundingApplicationCommand, state: FundingApplicationState): FundingApplicationEvent[] => {
  switch (command.type) {
    case 'FileFundingApplication':
      return fileFundingApplication(command, state);
    case 'GrantFundingApplication':
      return grantFundingApplication(command, state);
    case 'RejectFundingApplication':
      return rejectFundingApplication(command, state);
    case 'CorrectFundingApplication':
      return correctFundingApplication(command, state);
    case 'VoidFundingApplication':
      return voidFundingApplication(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown funding application command ${JSON.stringify(unknown)}`);
    }
  }
};

export const fundingApplicationDecider: Decider<FundingApplicationState, FundingApplicationCommand, FundingApplicationEvent> =
  { decide, evolve, initialState };
