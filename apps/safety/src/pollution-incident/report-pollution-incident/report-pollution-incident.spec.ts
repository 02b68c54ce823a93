import { eventOf, PollutionIncidentReported } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { pollutionIncidentDecider } from '../pollution-incident';
import { at, incidentReported } from '../pollution-incident.examples';
import type { ReportPollutionIncident } from './report-pollution-incident';

const report: ReportPollutionIncident = { type: 'ReportPollutionIncident', occurredAt: at, ...incidentReported.payload };

describe('no incident under the id', () => {
  it('records the incident', () => given(pollutionIncidentDecider).when(report).then([incidentReported]));
  it('records an incident with no enterprise identified', () =>
    given(pollutionIncidentDecider)
      .when({ ...report, enterpriseNameZh: undefined })
      .then([
        eventOf(PollutionIncidentReported, {
          incidentId: 'PI-2014-05',
          zoneId: 'salt-chemical-base',
          descriptionZh: '废水外溢污染农田',
        }),
      ]));
});

describe('a recorded incident', () => {
  it('refuses the same id again', () =>
    given(pollutionIncidentDecider, [incidentReported]).when(report).thenThrows('pollution-incident-already-recorded'));
});
