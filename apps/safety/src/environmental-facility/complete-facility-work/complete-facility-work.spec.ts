import { NotFound } from '@park-ledger/decider';
import { EnvironmentalFacilityVoided, eventOf } from '@park-ledger/contracts';
import { given } from '@park-ledger/decider/testing';
import { environmentalFacilityDecider } from '../environmental-facility';
import { at, plantRegistered, worksCompleted } from '../environmental-facility.examples';
import type { CompleteFacilityWork } from './complete-facility-work';

const complete: CompleteFacilityWork = {
  type: 'CompleteFacilityWork',
  facilityId: 'salt-wastewater-plant',
  occurredAt: at,
  workId: 'online-monitoring',
};

describe('a registered plant', () => {
  it('completes one of its works', () =>
    given(environmentalFacilityDecider, [plantRegistered]).when(complete).then([worksCompleted[0]]));
  it('refuses a work it does not have', () =>
    given(environmentalFacilityDecider, [plantRegistered])
      .when({ ...complete, workId: 'incinerator' })
      .thenThrows('unknown-facility-work'));
});

describe('a plant whose online monitoring is done', () => {
  it('refuses completing it twice', () =>
    given(environmentalFacilityDecider, [plantRegistered, worksCompleted[0]])
      .when(complete)
      .thenThrows('facility-work-already-completed'));
});

describe('a facility never registered, or voided', () => {
  it('is not found', () => given(environmentalFacilityDecider).when(complete).thenThrows(NotFound));
  it('refuses works once voided', () =>
    given(environmentalFacilityDecider, [
      plantRegistered,
      eventOf(EnvironmentalFacilityVoided, { facilityId: 'salt-wastewater-plant', reason: 'x' }),
    ])
      .when(complete)
      .thenThrows('environmental-facility-voided'));
});
