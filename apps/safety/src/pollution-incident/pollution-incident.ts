import { decideBy, type Decider } from '@park-ledger/decider';
import type { PollutionIncidentEvent } from '@park-ledger/contracts';
import {
  correctPollutionCompensation,
  type CorrectPollutionCompensation,
} from './correct-pollution-compensation/correct-pollution-compensation';
import {
  correctPollutionIncident,
  type CorrectPollutionIncident,
} from './correct-pollution-incident/correct-pollution-incident';
import {
  handlePollutionIncident,
  type HandlePollutionIncident,
} from './handle-pollution-incident/handle-pollution-incident';
import {
  payPollutionCompensation,
  type PayPollutionCompensation,
} from './pay-pollution-compensation/pay-pollution-compensation';
import {
  reportPollutionIncident,
  type ReportPollutionIncident,
} from './report-pollution-incident/report-pollution-incident';
import { voidPollutionIncident, type VoidPollutionIncident } from './void-pollution-incident/void-pollution-incident';
import { initialPollutionIncidentState, type PollutionIncidentState } from './pollution-incident.state';

export { pollutionIncidentStreamId, type PollutionIncidentState } from './pollution-incident.state';

export type PollutionIncidentCommand =
  | ReportPollutionIncident
  | CorrectPollutionIncident
  | HandlePollutionIncident
  | PayPollutionCompensation
  | CorrectPollutionCompensation
  | VoidPollutionIncident;

const evolve = (state: PollutionIncidentState, event: PollutionIncidentEvent): PollutionIncidentState => {
  if (event.type === 'PollutionIncidentReported') return { status: 'Reported', handled: false, compensationPaid: false };
  if (state.status !== 'Reported') return state;
  switch (event.type) {
    case 'PollutionIncidentHandled':
      return { ...state, handled: true };
    case 'PollutionCompensationPaid':
      return { ...state, compensationPaid: true };
    case 'PollutionIncidentDetailsCorrected':
    case 'PollutionCompensationCorrected':
      return state;
    case 'PollutionIncidentVoided':
      return { status: 'Voided' };
  }
};

const decide = decideBy<PollutionIncidentCommand, PollutionIncidentState, PollutionIncidentEvent>({
  ReportPollutionIncident: reportPollutionIncident,
  CorrectPollutionIncident: correctPollutionIncident,
  HandlePollutionIncident: handlePollutionIncident,
  PayPollutionCompensation: payPollutionCompensation,
  CorrectPollutionCompensation: correctPollutionCompensation,
  VoidPollutionIncident: voidPollutionIncident,
});

export const pollutionIncidentDecider: Decider<PollutionIncidentState, PollutionIncidentCommand, PollutionIncidentEvent> = { decide, evolve, initialState: initialPollutionIncidentState };
