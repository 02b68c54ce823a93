import { contributionsAfter, flow, replay, stock, streamOf } from '../testing/projection-testing';
import { plant, plantCommissioned } from './environmental-facility.examples';
import { environmentalFacilityProjection as projection } from './environmental-facility.projection';

const later = streamOf('environmental-facility-salt-wastewater-plant', 'safety');

describe('a wastewater plant whose works were done before commissioning', () => {
  const c = contributionsAfter(projection, plantCommissioned());

  it('counts works completed and pending, and the commissioning', () => {
    expect(stock(c, 'safety.facility-works-pending', '2014-04')).toBe(2);
    expect(stock(c, 'safety.facility-works-pending', '2014-06')).toBe(1);
    expect(flow(c, 'safety.facility-works-completed', '2014', { facilityId: plant.facilityId })).toBe(2);
    expect(flow(c, 'safety.facilities-commissioned', '2014-08')).toBe(1);
  });
});

describe('a facility whose list of works was corrected', () => {
  it('counts only the works still on the list', () => {
    const corrected = later('EnvironmentalFacilityDetailsCorrected', { ...plant, works: plant.works.slice(1), reason: 'x' }, '2014-09-01T09:00:00+08:00');
    const c = contributionsAfter(projection, [...plantCommissioned(), corrected]);
    expect(flow(c, 'safety.facility-works-completed', '2014')).toBe(1);
    expect(stock(c, 'safety.facility-works-pending', '2014')).toBe(0);
  });
});

describe('a facility voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('EnvironmentalFacilityVoided', { facilityId: plant.facilityId, reason: 'x' }, '2014-09-01T09:00:00+08:00');
    expect(replay(projection, [...plantCommissioned(), voided])).toBeNull();
  });
});
