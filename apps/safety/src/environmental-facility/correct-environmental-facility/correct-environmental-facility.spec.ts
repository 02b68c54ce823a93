import { NotFound } from '@park-ledger/decider';
import { EnvironmentalFacilityDetailsCorrected, eventOf } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { environmentalFacilityDecider } from '../environmental-facility';
import { at, plantRegistered, worksCompleted } from '../environmental-facility.examples';
import type { CorrectEnvironmentalFacility } from './correct-environmental-facility';

const withoutMonitoring = plantRegistered.payload.works.filter((work) => work.workId !== 'online-monitoring');
const correct: CorrectEnvironmentalFacility = {
  type: 'CorrectEnvironmentalFacility',
  occurredAt: at,
  ...plantRegistered.payload,
  works: withoutMonitoring,
  reason: '在线监控由环保局建设 / monitoring is built by the bureau',
};

describe('a registered facility', () => {
  it('restates its works with the reason', () =>
    given(environmentalFacilityDecider, [plantRegistered])
      .when(correct)
      .then([
        eventOf(EnvironmentalFacilityDetailsCorrected, {
          ...plantRegistered.payload,
          works: withoutMonitoring,
          reason: '在线监控由环保局建设 / monitoring is built by the bureau',
        }),
      ]));
});

describe('a facility whose online monitoring is done', () => {
  it('refuses to drop that completed work', () =>
    given(environmentalFacilityDecider, [plantRegistered, worksCompleted[0]]).when(correct).thenThrows('completed-work-removed'));
});

describe('no facility under the id', () => {
  it('is not found', () => given(environmentalFacilityDecider).when(correct).thenThrows(NotFound));
});
