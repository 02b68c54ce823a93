import { NotFound } from '@park-ledger/decider';
import { given } from '@park-ledger/decider/testing';
import { pollutionIncidentDecider } from '../pollution-incident';
import { at, compensationPaid, incidentHandled, incidentReported } from '../pollution-incident.examples';
import type { PayPollutionCompensation } from './pay-pollution-compensation';

const pay: PayPollutionCompensation = {
  type: 'PayPollutionCompensation',
  incidentId: 'PI-2014-05',
  occurredAt: at,
  amountYuan: 30_000,
};

describe('a handled incident', () => {
  it('has its compensation paid', () =>
    given(pollutionIncidentDecider, [incidentReported, incidentHandled]).when(pay).then([compensationPaid]));
});

describe('an incident still being handled', () => {
  it('may pay compensation first', () => given(pollutionIncidentDecider, [incidentReported]).when(pay).then([compensationPaid]));
});

describe('an incident already compensated', () => {
  it('refuses a second payment record', () =>
    given(pollutionIncidentDecider, [incidentReported, compensationPaid]).when(pay).thenThrows('compensation-already-paid'));
});

describe('no incident under the id', () => {
  it('is not found', () => given(pollutionIncidentDecider).when(pay).thenThrows(NotFound));
});
