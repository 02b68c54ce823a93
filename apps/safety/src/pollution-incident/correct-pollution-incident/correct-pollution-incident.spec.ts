import { NotFound } from '@park-ledger/decider';
import { eventOf, PollutionIncidentDetailsCorrected, PollutionIncidentVoided } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { pollutionIncidentDecider } from '../pollution-incident';
import { at, incidentReported } from '../pollution-incident.examples';
import type { CorrectPollutionIncident } from './correct-pollution-incident';

const correct: CorrectPollutionIncident = {
  type: 'CorrectPollutionIncident',
  occurredAt: at,
  ...incidentReported.payload,
  zoneId: 'fucheng',
  reason: '地点录错 / wrong zone',
};

describe('a recorded incident', () => {
  it('restates its facts with the reason', () =>
    given(pollutionIncidentDecider, [incidentReported])
      .when(correct)
      .then([
        eventOf(PollutionIncidentDetailsCorrected, {
          ...incidentReported.payload,
          zoneId: 'fucheng',
          reason: '地点录错 / wrong zone',
        }),
      ]));
});

describe('a voided incident', () => {
  it('refuses corrections', () =>
    given(pollutionIncidentDecider, [incidentReported, eventOf(PollutionIncidentVoided, { incidentId: 'PI-2014-05', reason: 'x' })])
      .when(correct)
      .thenThrows('pollution-incident-voided'));
});

describe('no incident under the id', () => {
  it('is not found', () => given(pollutionIncidentDecider).when(correct).thenThrows(NotFound));
});
