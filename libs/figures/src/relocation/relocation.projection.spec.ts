import { contributionsAfter, flow, replay, stock, streamOf } from '../testing/projection-testing';
import { relocationCompleted } from './relocation.examples';
import { relocationProjection as projection } from './relocation.projection';

const later = streamOf('relocation-ganzhong', 'land');

describe('a relocation started in 2014 and completed in 2015', () => {
  const c = contributionsAfter(projection, relocationCompleted());

  it('is in progress from its start until completed', () => {
    expect(flow(c, 'land.relocations-started', '2014')).toBe(1);
    expect(stock(c, 'land.relocations-in-progress', '2014')).toBe(1);
    expect(stock(c, 'land.relocations-in-progress', '2015')).toBe(0);
    expect(flow(c, 'land.relocations-completed', '2015-03')).toBe(1);
  });

  it('counts each step in its month and as done from then on', () => {
    expect(flow(c, 'land.relocation-steps-completed', '2014-03', { step: 'asset-inventory' })).toBe(1);
    expect(stock(c, 'land.relocation-steps-to-date', '2014-05', { step: 'appraisal' })).toBe(0);
    expect(stock(c, 'land.relocation-steps-to-date', '2014', { step: 'appraisal' })).toBe(1);
    expect(stock(c, 'land.relocation-steps-to-date', '2014', { step: 'old-site-handover' })).toBe(0);
  });
});

describe('a relocation whose enterprise name was wrong', () => {
  it('keeps its figures and takes the corrected name', () => {
    const corrected = later('RelocationDetailsCorrected', { relocationId: 'ganzhong', enterpriseNameZh: '赣中氯碱化工', reason: 'x' }, '2014-07-01T09:00:00+08:00');
    const history = [...relocationCompleted(), corrected];
    expect(replay(projection, history)?.enterpriseNameZh).toBe('赣中氯碱化工');
    expect(contributionsAfter(projection, history)).toEqual(contributionsAfter(projection, relocationCompleted()));
  });
});

describe('a relocation voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('RelocationVoided', { relocationId: 'ganzhong', reason: 'x' }, '2015-05-01T09:00:00+08:00');
    expect(replay(projection, [...relocationCompleted(), voided])).toBeNull();
  });
});
