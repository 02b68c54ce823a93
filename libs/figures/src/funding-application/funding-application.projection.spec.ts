import { contributionsAfter, flow, replay, stock, streamOf } from '../testing/projection-testing';
import { filing, fundingGranted, fundingRejected } from './funding-application.examples';
import { fundingApplicationProjection as projection } from './funding-application.projection';

const later = streamOf('funding-application-F-1', 'projects');
const corrected = (fields: object, occurredAt: string) =>
  later('FundingApplicationCorrected', { ...filing, reason: 'entered wrongly', ...fields }, occurredAt);

describe('an application filed and granted in 2014', () => {
  const c = contributionsAfter(projection, fundingGranted());

  it('is pending until granted, then counts as granted with its amount', () => {
    expect(flow(c, 'funding.filed', '2014')).toBe(1);
    expect(stock(c, 'funding.pending', '2014-05')).toBe(1);
    expect(stock(c, 'funding.pending', '2014')).toBe(0);
    expect(flow(c, 'funding.granted', '2014-06')).toBe(1);
    expect(flow(c, 'funding.granted-yuan', '2014')).toBe(8_000_000);
    expect(flow(c, 'funding.rejected', '2014')).toBe(0);
  });

  it('has its granted amount restated by a correction, in the month it was granted', () => {
    const history = [...fundingGranted(), corrected({ outcome: 'granted', grantedAmountYuan: 6_300_000 }, '2015-01-05T09:00:00+08:00')];
    const restated = contributionsAfter(projection, history);
    expect(flow(restated, 'funding.granted-yuan', '2014-06')).toBe(6_300_000);
    expect(flow(restated, 'funding.granted', '2014')).toBe(1);
    expect(flow(restated, 'funding.granted-yuan', '2015')).toBe(0);
  });

  it('goes back to pending when the grant is corrected away', () => {
    const history = [...fundingGranted(), corrected({ outcome: 'pending' }, '2014-07-01T09:00:00+08:00')];
    const restated = contributionsAfter(projection, history);
    expect(flow(restated, 'funding.granted', '2014')).toBe(0);
    expect(stock(restated, 'funding.pending', '2014')).toBe(1);
    expect(replay(projection, history)).toMatchObject({ outcome: 'pending', decidedIn: null, grantedAmountYuan: null });
  });
});

describe('an application filed in 2013 and rejected in 2014', () => {
  it('counts as filed in 2013 and rejected in 2014', () => {
    const c = contributionsAfter(projection, fundingRejected());
    expect(flow(c, 'funding.filed', '2013')).toBe(1);
    expect(flow(c, 'funding.filed', '2014')).toBe(0);
    expect(stock(c, 'funding.pending', '2013')).toBe(1);
    expect(flow(c, 'funding.rejected', '2014-01')).toBe(1);
    expect(stock(c, 'funding.pending', '2014')).toBe(0);
  });
});

describe('a pending application corrected to granted', () => {
  it('is granted in the month of the correction', () => {
    const history = [fundingGranted()[0], corrected({ outcome: 'granted', grantedAmountYuan: 5_000_000 }, '2014-09-01T09:00:00+08:00')];
    const c = contributionsAfter(projection, history);
    expect(flow(c, 'funding.granted-yuan', '2014-09')).toBe(5_000_000);
    expect(stock(c, 'funding.pending', '2014-09')).toBe(0);
  });
});

describe('an application voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('FundingApplicationVoided', { applicationId: 'F-1', reason: 'duplicate' }, '2014-07-01T09:00:00+08:00');
    expect(replay(projection, [...fundingGranted(), voided])).toBeNull();
  });
});
