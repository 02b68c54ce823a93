import { type Decider, unknownCommand } from '@park-ledger/decider';
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

/** A pollution incident (涉污事件), its handling and compensation: `pollution-incident-<incidentId>`. */
export const pollutionIncidentStreamId = (incidentId: string) => `pollution-incident-${incidentId}`;

export type PollutionIncidentState =
  | { readonly status: 'None' }
  | { readonly status: 'Reported'; readonly handled: boolean; readonly compensationPaid: boolean }
  | { readonly status: 'Voided' };

export type PollutionIncidentCommand =
  | ReportPollutionIncident
  | CorrectPollutionIncident
  | HandlePollutionIncident
  | PayPollutionCompensation
  | CorrectPollutionCompensation
  | VoidPollutionIncident;

const initialState = (): PollutionIncidentState => ({ status: 'None' });

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

const decide = (command: PollutionIncidentCommand, state: PollutionIncidentState): PollutionIncidentEvent[] => {
  switch (command.type) {
    case 'ReportPollutionIncident':
      return reportPollutionIncident(command, state);
    case 'CorrectPollutionIncident':
      return correctPollutionIncident(command, state);
    case 'HandlePollutionIncident':
      return handlePollutionIncident(command, state);
    case 'PayPollutionCompensation':
      return payPollutionCompensation(command, state);
    case 'CorrectPollutionCompensation':
      return correctPollutionCompensation(command, state);
    case 'VoidPollutionIncident':
      return voidPollutionIncident(command, state);
    default:
      return unknownCommand(command);
  }
};

export const pollutionIncident: Decider<PollutionIncidentState, PollutionIncidentCommand, PollutionIncidentEvent> = {
  decide,
  evolve,
  initialState,
};
