import { contributionsAfter, flow, replay, stock, streamOf } from '../testing/projection-testing';
import { hazardFound, hazardRectified } from './hazard.examples';
import { hazardProjection as projection } from './hazard.projection';

const later = streamOf('hazard-H-1', 'safety');

describe('a hazard ordered to stop production, penalised and verified', () => {
  const c = contributionsAfter(projection, hazardRectified());

  it('counts the order as a stop-production order, open until verified', () => {
    expect(flow(c, 'safety.hazards', '2014-04', { zoneId: 'salt-chemical-base' })).toBe(1);
    expect(flow(c, 'safety.rectification-orders', '2014')).toBe(1);
    expect(flow(c, 'safety.stop-production-orders', '2014-04')).toBe(1);
    expect(stock(c, 'safety.rectifications-open', '2014-07')).toBe(1);
    expect(stock(c, 'safety.rectifications-open', '2014')).toBe(0);
    expect(flow(c, 'safety.rectifications-verified', '2014-08')).toBe(1);
  });

  it('counts the penalty and its amount', () => {
    expect(flow(c, 'safety.penalties', '2014-05')).toBe(1);
    expect(flow(c, 'safety.penalties-yuan', '2014')).toBe(50_000);
  });
});

describe('corrections of a hazard', () => {
  it('turn a stop-production order into one without, in the month of the order', () => {
    const corrected = later('HazardRectificationOrderCorrected', { hazardId: 'H-1', stopProduction: false, reason: 'x' }, '2014-06-01T09:00:00+08:00');
    const c = contributionsAfter(projection, [...hazardRectified(), corrected]);
    expect(flow(c, 'safety.stop-production-orders', '2014')).toBe(0);
    expect(flow(c, 'safety.rectification-orders', '2014-04')).toBe(1);
  });

  it('restate a penalty, and a penalty restated to nothing is no penalty', () => {
    const lower = later('HazardPenaltyCorrected', { hazardId: 'H-1', amount: { value: 20_000, currency: 'CNY' }, reason: 'x' }, '2014-09-01T09:00:00+08:00');
    expect(flow(contributionsAfter(projection, [...hazardRectified(), lower]), 'safety.penalties-yuan', '2014-05')).toBe(20_000);
    const none = later('HazardPenaltyCorrected', { hazardId: 'H-1', amount: { value: 0, currency: 'CNY' }, reason: 'x' }, '2014-09-01T09:00:00+08:00');
    expect(flow(contributionsAfter(projection, [...hazardRectified(), none]), 'safety.penalties', '2014')).toBe(0);
  });

  it('move the hazard to the corrected zone', () => {
    const corrected = later('HazardDetailsCorrected', { ...hazardFound, zoneId: 'fucheng', reason: 'x' }, '2014-09-01T09:00:00+08:00');
    const c = contributionsAfter(projection, [...hazardRectified(), corrected]);
    expect(flow(c, 'safety.hazards', '2014', { zoneId: 'fucheng' })).toBe(1);
    expect(flow(c, 'safety.hazards', '2014', { zoneId: 'salt-chemical-base' })).toBe(0);
  });
});

describe('a hazard voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('HazardVoided', { hazardId: 'H-1', reason: 'x' }, '2014-09-01T09:00:00+08:00');
    expect(replay(projection, [...hazardRectified(), voided])).toBeNull();
  });
});
