import { decideBy, type Decider } from '@park-ledger/decider';
import {
  correctFundingApplication,
  type CorrectFundingApplication,
} from './correct-funding-application/correct-funding-application';
import { fileFundingApplication, type FileFundingApplication } from './file-funding-application/file-funding-application';
import {
  initialFundingApplicationState,
  type FundingApplicationEvent,
  type FundingApplicationState,
} from './funding-application.state';
import { grantFundingApplication, type GrantFundingApplication } from './grant-funding-application/grant-funding-application';
import {
  rejectFundingApplication,
  type RejectFundingApplication,
} from './reject-funding-application/reject-funding-application';
import { voidFundingApplication, type VoidFundingApplication } from './void-funding-application/void-funding-application';

export {
  fundingApplicationStreamId,
  type FundingApplicationEvent,
  type FundingApplicationState,
} from './funding-application.state';

export type FundingApplicationCommand =
  | FileFundingApplication
  | GrantFundingApplication
  | RejectFundingApplication
  | CorrectFundingApplication
  | VoidFundingApplication;

const statusOfOutcome = { pending: 'Pending', granted: 'Granted', rejected: 'Rejected' } as const;

const evolve = (_state: FundingApplicationState, { type, payload }: FundingApplicationEvent): FundingApplicationState => {
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

const decide = decideBy<FundingApplicationCommand, FundingApplicationState, FundingApplicationEvent>({
  FileFundingApplication: fileFundingApplication,
  GrantFundingApplication: grantFundingApplication,
  RejectFundingApplication: rejectFundingApplication,
  CorrectFundingApplication: correctFundingApplication,
  VoidFundingApplication: voidFundingApplication,
});

export const fundingApplicationDecider: Decider<FundingApplicationState, FundingApplicationCommand, FundingApplicationEvent> = {
  decide,
  evolve,
  initialState: initialFundingApplicationState,
};
