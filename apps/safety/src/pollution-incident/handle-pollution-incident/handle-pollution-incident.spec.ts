import { NotFound } from '@park-ledger/decider';
import { given } from '@park-ledger/decider/testing';
import { pollutionIncidentDecider } from '../pollution-incident';
import { at, incidentHandled, incidentReported } from '../pollution-incident.examples';
import type { HandlePollutionIncident } from './handle-pollution-incident';

const handle: HandlePollutionIncident = {
  type: 'HandlePollutionIncident',
  incidentId: 'PI-2014-05',
  occurredAt: at,
  measuresZh: '封堵排口,清运污水,复垦农田',
};

describe('a reported incident', () => {
  it('is handled', () => given(pollutionIncidentDecider, [incidentReported]).when(handle).then([incidentHandled]));
});

describe('a handled incident', () => {
  it('refuses handling twice', () =>
    given(pollutionIncidentDecider, [incidentReported, incidentHandled]).when(handle).thenThrows('incident-already-handled'));
});

describe('no incident under the id', () => {
  it('is not found', () => given(pollutionIncidentDecider).when(handle).thenThrows(NotFound));
});
