import { contributionsAfter, flow, replay, stock, streamOf } from '../testing/projection-testing';
import { plan, planApproved } from './expansion-plan.examples';
import { expansionPlanProjection as projection } from './expansion-plan.projection';

const later = streamOf('expansion-plan-expansion-2014', 'land');

describe('a plan listed in 2014 and approved in 2015', () => {
  const c = contributionsAfter(projection, planApproved());

  it('keeps the approved area at 300 ha until approval, then 1661 ha', () => {
    expect(stock(c, 'land.expansion-approved-area', '2014')).toBe(30_000);
    expect(stock(c, 'land.expansion-planned-area', '2014')).toBe(166_100);
    expect(stock(c, 'land.expansion-approved-area', '2015')).toBe(166_100);
    expect(stock(c, 'land.expansion-approved-area', '2013')).toBe(0);
  });

  it('counts tasks completed and still pending', () => {
    expect(flow(c, 'land.expansion-plans-listed', '2014')).toBe(1);
    expect(flow(c, 'land.expansion-tasks-completed', '2014')).toBe(2);
    expect(stock(c, 'land.expansion-tasks-pending', '2014-06')).toBe(3);
    expect(stock(c, 'land.expansion-tasks-pending', '2014')).toBe(1);
  });
});

describe('corrections of a plan', () => {
  it('restate the approved area in the month of approval', () => {
    const corrected = later('ExpansionAreaApprovalCorrected', { planId: plan.planId, approvedAreaCentiHectares: 160_000, reason: 'x' }, '2015-05-01T09:00:00+08:00');
    const c = contributionsAfter(projection, [...planApproved(), corrected]);
    expect(stock(c, 'land.expansion-approved-area', '2015-03')).toBe(160_000);
  });

  it('drop a completed task that is no longer on the list', () => {
    const corrected = later(
      'ExpansionPlanDetailsCorrected',
      { ...plan, preparatoryTasks: plan.preparatoryTasks.filter((task) => task.taskId !== 'feasibility'), reason: 'x' },
      '2014-10-01T09:00:00+08:00',
    );
    const c = contributionsAfter(projection, [...planApproved(), corrected]);
    expect(flow(c, 'land.expansion-tasks-completed', '2014')).toBe(1);
    expect(stock(c, 'land.expansion-tasks-pending', '2014')).toBe(1);
  });
});

describe('a plan voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('ExpansionPlanVoided', { planId: plan.planId, reason: 'x' }, '2015-05-01T09:00:00+08:00');
    expect(replay(projection, [...planApproved(), voided])).toBeNull();
  });
});
