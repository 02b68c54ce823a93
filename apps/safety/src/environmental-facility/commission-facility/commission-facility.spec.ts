import { NotFound } from '@park-ledger/decider';
import { EnvironmentalFacilityCommissioned, eventOf } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { environmentalFacilityDecider } from '../environmental-facility';
import { at, plantRegistered, worksCompleted } from '../environmental-facility.examples';
import type { CommissionFacility } from './commission-facility';

const commission: CommissionFacility = {
  type: 'CommissionFacility',
  facilityId: 'salt-wastewater-plant',
  occurredAt: at,
};
const commissioned = eventOf(EnvironmentalFacilityCommissioned, { facilityId: 'salt-wastewater-plant' });

describe('a plant with all six works done', () => {
  it('is commissioned', () =>
    given(environmentalFacilityDecider, [plantRegistered, ...worksCompleted]).when(commission).then([commissioned]));
});

describe('a plant with five of six works done', () => {
  it('refuses commissioning', () =>
    given(environmentalFacilityDecider, [plantRegistered, ...worksCompleted.slice(0, 5)])
      .when(commission)
      .thenThrows('facility-works-incomplete'));
});

describe('a commissioned plant', () => {
  it('refuses commissioning twice', () =>
    given(environmentalFacilityDecider, [plantRegistered, ...worksCompleted, commissioned])
      .when(commission)
      .thenThrows('facility-already-commissioned'));
});

describe('no facility under the id', () => {
  it('is not found', () => given(environmentalFacilityDecider).when(commission).thenThrows(NotFound));
});
