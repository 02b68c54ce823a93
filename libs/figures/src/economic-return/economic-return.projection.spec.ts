import { contributionsAfter, flow, replay, streamOf } from '../testing/projection-testing';
import { march2014, returnSubmitted } from './economic-return.examples';
import { economicReturnProjection as projection } from './economic-return.projection';

const later = streamOf('economic-return-jinghao-2014-03', 'projects');

describe('a monthly return submitted the month after', () => {
  const c = contributionsAfter(projection, returnSubmitted());

  it('counts in the month it reports on, not the month it was submitted', () => {
    expect(flow(c, 'economy.main-business-revenue', '2014-03')).toBe(120_000_000);
    expect(flow(c, 'economy.main-business-revenue', '2014-04')).toBe(0);
    expect(flow(c, 'economy.industrial-added-value', '2014')).toBe(30_000_000);
    expect(flow(c, 'economy.taxes', '2014', { zoneId: 'salt-chemical-base', enterpriseId: 'jinghao' })).toBe(7_000_000);
    expect(flow(c, 'economy.returns', '2014-03')).toBe(1);
  });

  it('leaves out a platform the enterprise has not got', () => {
    expect(c.every((contribution) => !('platformId' in contribution.dims))).toBe(true);
  });
});

describe('a return corrected a year later', () => {
  it('restates the figures of its own month, counting them once', () => {
    const corrected = later(
      'EconomicReturnCorrected',
      { ...march2014, taxesYuan: 6_500_000, reason: 'tax office figures' },
      '2015-04-01T09:00:00+08:00',
    );
    const c = contributionsAfter(projection, [...returnSubmitted(), corrected]);
    expect(flow(c, 'economy.taxes', '2014-03')).toBe(6_500_000);
    expect(flow(c, 'economy.taxes', '2015')).toBe(0);
    expect(flow(c, 'economy.returns', '2014')).toBe(1);
  });
});

describe('a return voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('EconomicReturnVoided', { enterpriseId: 'jinghao', month: '2014-03', reason: 'wrong firm' }, '2014-05-01T09:00:00+08:00');
    expect(replay(projection, [...returnSubmitted(), voided])).toBeNull();
  });
});

describe('a correction of a return that was never submitted', () => {
  it('makes no row', () => {
    const corrected = later('EconomicReturnCorrected', { ...march2014, reason: 'x' }, '2014-05-01T09:00:00+08:00');
    expect(replay(projection, [corrected])).toBeNull();
  });
});
