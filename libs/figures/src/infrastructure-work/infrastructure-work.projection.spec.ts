import { contributionsAfter, flow, replay, stock, streamOf } from '../testing/projection-testing';
import { roadNetwork, roadNetworkBuilt } from './infrastructure-work.examples';
import { infrastructureWorkProjection as projection } from './infrastructure-work.projection';

const later = streamOf('infrastructure-work-logistics-road-1', 'projects');
const workId = roadNetwork.workId;
const road = { workId, platformId: 'pharma-logistics-park', phaseId: 'phase-1' };

describe('a road network built through 2014', () => {
  const c = contributionsAfter(projection, roadNetworkBuilt());

  it('gives the latest percent reported as of each month', () => {
    expect(stock(c, 'infrastructure.progress-percent', '2014-03', road)).toBe(0);
    expect(stock(c, 'infrastructure.progress-percent', '2014-06', road)).toBe(40);
    expect(stock(c, 'infrastructure.progress-percent', '2014-11', road)).toBe(70);
    expect(stock(c, 'infrastructure.progress-percent', '2014', road)).toBe(100);
  });

  it('counts the work in one stage at a time', () => {
    expect(stock(c, 'infrastructure.works', '2013', { stage: 'design' })).toBe(1);
    expect(stock(c, 'infrastructure.works', '2014-06', { stage: 'design' })).toBe(0);
    expect(stock(c, 'infrastructure.works', '2014-06', { stage: 'under-construction' })).toBe(1);
    expect(stock(c, 'infrastructure.works', '2014', { stage: 'completed' })).toBe(1);
    expect(stock(c, 'infrastructure.works', '2014')).toBe(1);
    expect(flow(c, 'infrastructure.works-completed', '2014-12', { platformId: 'pharma-logistics-park' })).toBe(1);
  });
});

describe('a progress figure reported too high', () => {
  const history = [
    ...roadNetworkBuilt().slice(0, 4),
    later('InfrastructureWorkCorrected', { ...roadNetwork, stage: 'under-construction', percentComplete: 60, reason: 'site survey' }, '2014-09-02T09:00:00+08:00'),
  ];

  it('restates the figure in the month it was reported', () => {
    const c = contributionsAfter(projection, history);
    expect(stock(c, 'infrastructure.progress-percent', '2014-07', road)).toBe(60);
    expect(stock(c, 'infrastructure.progress-percent', '2014-06', road)).toBe(40);
    expect(replay(projection, history)?.progress).toEqual([
      { period: '2014-04', percent: 40 },
      { period: '2014-07', percent: 60 },
    ]);
  });
});

describe('a stage recorded by mistake', () => {
  it('replaces the current stage, keeping the month it was recorded in', () => {
    const history = [
      ...roadNetworkBuilt().slice(0, 2),
      later('InfrastructureWorkCorrected', { ...roadNetwork, stage: 'tendering', percentComplete: 0, reason: 'not started' }, '2014-04-02T09:00:00+08:00'),
    ];
    const c = contributionsAfter(projection, history);
    expect(stock(c, 'infrastructure.works', '2014-03', { stage: 'under-construction' })).toBe(0);
    expect(stock(c, 'infrastructure.works', '2014-03', { stage: 'tendering' })).toBe(1);
    expect(stock(c, 'infrastructure.works', '2014-03')).toBe(1);
  });

  it('folds back into the earlier stage when the correction names it', () => {
    const history = [
      ...roadNetworkBuilt().slice(0, 2),
      later('InfrastructureWorkCorrected', { ...roadNetwork, stage: 'design', percentComplete: 0, reason: 'not started' }, '2014-04-02T09:00:00+08:00'),
    ];
    expect(replay(projection, history)?.stages).toEqual([{ stage: 'design', since: '2013-10' }]);
  });
});

describe('a work with the same percent reported twice in a month', () => {
  it('takes the last report of the month', () => {
    const c = contributionsAfter(projection, [
      ...roadNetworkBuilt().slice(0, 2),
      later('InfrastructureWorkProgressReported', { workId, percentComplete: 30 }, '2014-04-03T09:00:00+08:00'),
      later('InfrastructureWorkProgressReported', { workId, percentComplete: 35 }, '2014-04-29T09:00:00+08:00'),
    ]);
    expect(stock(c, 'infrastructure.progress-percent', '2014-04', road)).toBe(35);
  });
});

describe('a work voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('InfrastructureWorkVoided', { workId, reason: 'duplicate' }, '2015-01-05T09:00:00+08:00');
    expect(replay(projection, [...roadNetworkBuilt(), voided])).toBeNull();
  });
});

describe('a schedule revision', () => {
  it('changes the expected dates and no figure', () => {
    const revised = later('InfrastructureWorkScheduleRevised', { workId, expectedStartOn: null, expectedCompletionOn: '2014-12-31' }, '2014-05-01T09:00:00+08:00');
    const history = [...roadNetworkBuilt().slice(0, 3), revised];
    expect(replay(projection, history)?.expectedCompletionOn).toBe('2014-12-31');
    expect(contributionsAfter(projection, history)).toEqual(contributionsAfter(projection, history.slice(0, 3)));
  });
});

describe('a work corrected to a platform without phases', () => {
  // found by the generated years' drill-down invariant: the correction's JSON has no phaseId, and `{ ...row, ...details }`
  // kept the old one, so the work stayed counted on a phase of its old platform (the correction changed no figure)
  const registered = streamOf('infrastructure-work-logistics-road-1', 'projects');
  const history = [
    registered('InfrastructureWorkRegistered', { ...roadNetwork, nameEn: 'Logistics park road network, phase 1' }, '2013-10-01T09:00:00+08:00'),
    registered('InfrastructureWorkStageReached', { workId, stage: 'under-construction' }, '2014-03-01T09:00:00+08:00'),
    registered('InfrastructureWorkCorrected', { ...roadNetwork, platformId: 'pharma-startup-park', phaseId: undefined, nameEn: undefined, stage: 'under-construction', percentComplete: 40, reason: 'wrong platform' }, '2015-01-10T09:00:00+08:00'),
  ];

  it('has no phase (nor the English name the restatement left out) any more, and counts on the platform itself', () => {
    const row = replay(projection, JSON.parse(JSON.stringify(history)));
    expect(row).not.toHaveProperty('phaseId', 'phase-1');
    expect(row?.nameEn).toBeUndefined();
    const c = contributionsAfter(projection, JSON.parse(JSON.stringify(history)));
    expect(c.filter((contribution) => contribution.dims['phaseId'] !== undefined)).toEqual([]);
    expect(stock(c, 'infrastructure.works', '2014', { platformId: 'pharma-startup-park', stage: 'under-construction' })).toBe(1);
  });
});
