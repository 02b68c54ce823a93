import type { PeriodEvent } from '@park-ledger/contracts';
import { decideBy, type Decider } from '@park-ledger/decider';
import { closePeriod, type ClosePeriod } from './close-period/close-period';
import { initialPeriodState, type PeriodState } from './period.state';
import { reopenPeriod, type ReopenPeriod } from './reopen-period/reopen-period';
import { signOffPeriod, type SignOffPeriod } from './sign-off-period/sign-off-period';

export { periodStreamId, type PeriodState } from './period.state';

export type PeriodCommand = ClosePeriod | SignOffPeriod | ReopenPeriod;

const evolve = (state: PeriodState, event: PeriodEvent): PeriodState => {
  switch (event.type) {
    case 'PeriodClosed': {
      const { asOf, digest, closedBy } = event.payload;
      return { status: 'Closed', asOf, digest, closedBy };
    }
    case 'PeriodSignedOff':
      return state.status === 'Closed' ? { ...state, status: 'SignedOff', signedBy: event.payload.signedBy } : state;
    case 'PeriodReopened':
      return { status: 'Open', reopenedBy: event.payload.reopenedBy };
  }
};

const decide = decideBy<PeriodCommand, PeriodState, PeriodEvent>({
  ClosePeriod: closePeriod,
  SignOffPeriod: signOffPeriod,
  ReopenPeriod: reopenPeriod,
});

export const periodDecider: Decider<PeriodState, PeriodCommand, PeriodEvent> = { decide, evolve, initialState: initialPeriodState };
