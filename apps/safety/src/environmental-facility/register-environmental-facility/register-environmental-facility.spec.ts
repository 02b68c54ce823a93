import { given } from '@park-ledger/decider/testing';
import { environmentalFacilityDecider } from '../environmental-facility';
import { at, plantRegistered } from '../environmental-facility.examples';
import type { RegisterEnvironmentalFacility } from './register-environmental-facility';

const register: RegisterEnvironmentalFacility = {
  type: 'RegisterEnvironmentalFacility',
  occurredAt: at,
  ...plantRegistered.payload,
};

describe('no facility under the id', () => {
  it('registers the plant with its six works', () => given(environmentalFacilityDecider).when(register).then([plantRegistered]));
  it('refuses a work listed twice', () =>
    given(environmentalFacilityDecider)
      .when({ ...register, works: [...register.works, { workId: 'emergency-pool', nameZh: '应急池' }] })
      .thenThrows('duplicate-facility-work'));
});

describe('a registered facility', () => {
  it('refuses the same id again', () =>
    given(environmentalFacilityDecider, [plantRegistered]).when(register).thenThrows('environmental-facility-already-recorded'));
});
