import { NotFound } from '@park-ledger/decider';
import { eventOf, PollutionCompensationCorrected } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { pollutionIncidentDecider } from '../pollution-incident';
import { at, compensationPaid, incidentReported } from '../pollution-incident.examples';
import type { CorrectPollutionCompensation } from './correct-pollution-compensation';

const correct: CorrectPollutionCompensation = {
  type: 'CorrectPollutionCompensation',
  incidentId: 'PI-2014-05',
  occurredAt: at,
  amountYuan: 35_000,
  reason: '协议金额为3.5万元 / the agreement says 35,000',
};

describe('a compensated incident', () => {
  it('restates the amount with the reason', () =>
    given(pollutionIncidentDecider, [incidentReported, compensationPaid])
      .when(correct)
      .then([
        eventOf(PollutionCompensationCorrected, {
          incidentId: 'PI-2014-05',
          amountYuan: 35_000,
          reason: '协议金额为3.5万元 / the agreement says 35,000',
        }),
      ]));
});

describe('an incident without compensation', () => {
  it('has nothing to correct', () =>
    given(pollutionIncidentDecider, [incidentReported]).when(correct).thenThrows('compensation-not-paid'));
  it('is not found when never reported', () => given(pollutionIncidentDecider).when(correct).thenThrows(NotFound));
});
