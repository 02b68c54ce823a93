import { contributionsAfter, flow, replay, streamOf } from '../testing/projection-testing';
import { cluster, clusterDesignated } from './milestone.examples';
import { milestoneProjection as projection } from './milestone.projection';

const later = streamOf('milestone-pharma-cluster', 'projects');

describe('a designation recorded after the fact', () => {
  it('counts in the month of its own date, by kind and industry', () => {
    const c = contributionsAfter(projection, clusterDesignated());
    expect(flow(c, 'milestones.recorded', '2014-03', { kind: 'provincial-key-industrial-cluster', industry: 'pharma' })).toBe(1);
    expect(flow(c, 'milestones.recorded', '2014-04')).toBe(0);
    expect(c[0].dims).toEqual({ kind: 'provincial-key-industrial-cluster', zoneId: 'fucheng', industry: 'pharma' });
  });
});

describe('a milestone whose date was wrong', () => {
  it('moves to the corrected month and keeps the corrected title', () => {
    const corrected = later('MilestoneCorrected', { ...cluster, date: '2014-02-27', titleZh: '医药产业集群', reason: 'date' }, '2014-05-01T09:00:00+08:00');
    const history = [...clusterDesignated(), corrected];
    const c = contributionsAfter(projection, history);
    expect(flow(c, 'milestones.recorded', '2014-03')).toBe(0);
    expect(flow(c, 'milestones.recorded', '2014-02')).toBe(1);
    expect(replay(projection, history)).toEqual({ ...cluster, date: '2014-02-27', titleZh: '医药产业集群' });
  });
});

describe('a milestone voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('MilestoneVoided', { milestoneId: 'pharma-cluster', reason: 'never happened' }, '2014-05-01T09:00:00+08:00');
    expect(replay(projection, [...clusterDesignated(), voided])).toBeNull();
  });
});
