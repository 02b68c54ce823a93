import { contributionsAfter, flow, replay, streamOf } from '../testing/projection-testing';
import { arrearsCollected, collection } from './land-tax-arrears.examples';
import { landTaxArrearsProjection as projection } from './land-tax-arrears.projection';

const later = streamOf('land-tax-arrears-T-1', 'land');

describe('arrears collected late on New Year’s Eve', () => {
  it('count in December in the park’s time', () => {
    const c = contributionsAfter(projection, arrearsCollected());
    expect(flow(c, 'land.tax-arrears-yuan', '2014-12')).toBe(7_390_000);
    expect(flow(c, 'land.tax-arrears-collections', '2014')).toBe(1);
  });
});

describe('a collection corrected the next year', () => {
  it('restates the amount in the month it was collected', () => {
    const corrected = later('LandUseTaxArrearsCollectionCorrected', { ...collection, amountYuan: 7_000_000, reason: 'receipt' }, '2015-02-01T09:00:00+08:00');
    const history = [...arrearsCollected(), corrected];
    const c = contributionsAfter(projection, history);
    expect(flow(c, 'land.tax-arrears-yuan', '2014')).toBe(7_000_000);
    expect(flow(c, 'land.tax-arrears-yuan', '2015')).toBe(0);
    expect(replay(projection, history)).toEqual({ ...collection, amountYuan: 7_000_000, collectedIn: '2014-12' });
  });
});

describe('a collection voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('LandUseTaxArrearsCollectionVoided', { collectionId: 'T-1', reason: 'duplicate' }, '2015-01-05T09:00:00+08:00');
    expect(replay(projection, [...arrearsCollected(), voided])).toBeNull();
  });
});
