import { NotFound } from '@park-ledger/decider';
import { eventOf, PollutionIncidentVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { pollutionIncidentDecider } from '../pollution-incident';
import { at, compensationPaid, incidentReported } from '../pollution-incident.examples';
import type { VoidPollutionIncident } from './void-pollution-incident';

const voidIt: VoidPollutionIncident = {
  type: 'VoidPollutionIncident',
  incidentId: 'PI-2014-05',
  occurredAt: at,
  reason: '经核实非涉污事件 / not a pollution incident after all',
};
const voided = eventOf(PollutionIncidentVoided, {
  incidentId: 'PI-2014-05',
  reason: '经核实非涉污事件 / not a pollution incident after all',
});

describe('a compensated incident', () => {
  it('is voided with the reason', () =>
    given(pollutionIncidentDecider, [incidentReported, compensationPaid]).when(voidIt).then([voided]));
});

describe('a voided incident', () => {
  it('refuses to be voided twice', () =>
    given(pollutionIncidentDecider, [incidentReported, voided]).when(voidIt).thenThrows('pollution-incident-voided'));
});

describe('no incident under the id', () => {
  it('is not found', () => given(pollutionIncidentDecider).when(voidIt).thenThrows(NotFound));
});
