import { NotFound } from '@park-ledger/decider';
import { EnvironmentalFacilityVoided, eventOf } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { environmentalFacilityDecider } from '../environmental-facility';
import { at, plantRegistered } from '../environmental-facility.examples';
import type { VoidEnvironmentalFacility } from './void-environmental-facility';

const voidIt: VoidEnvironmentalFacility = {
  type: 'VoidEnvironmentalFacility',
  facilityId: 'salt-wastewater-plant',
  occurredAt: at,
  reason: '重复登记 / registered twice',
};
const voided = eventOf(EnvironmentalFacilityVoided, {
  facilityId: 'salt-wastewater-plant',
  reason: '重复登记 / registered twice',
});

describe('a registered facility', () => {
  it('is voided with the reason', () => given(environmentalFacilityDecider, [plantRegistered]).when(voidIt).then([voided]));
});

describe('a voided facility', () => {
  it('refuses to be voided twice', () =>
    given(environmentalFacilityDecider, [plantRegistered, voided]).when(voidIt).thenThrows('environmental-facility-voided'));
});

describe('no facility under the id', () => {
  it('is not found', () => given(environmentalFacilityDecider).when(voidIt).thenThrows(NotFound));
});
