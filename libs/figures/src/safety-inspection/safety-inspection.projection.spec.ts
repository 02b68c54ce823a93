import { contributionsAfter, flow, replay, streamOf } from '../testing/projection-testing';
import { inspectionConducted, largeInspection } from './safety-inspection.examples';
import { safetyInspectionProjection as projection } from './safety-inspection.projection';

const later = streamOf('safety-inspection-I-1', 'safety');

describe('an inspection with findings', () => {
  it('counts the inspection and its findings by kind and zone', () => {
    const c = contributionsAfter(projection, inspectionConducted());
    expect(flow(c, 'safety.inspections', '2014-07', { kind: 'fortnightly-large', zoneId: 'chengbei' })).toBe(1);
    expect(flow(c, 'safety.inspection-findings', '2014')).toBe(4);
  });

  it('with no findings still counts as an inspection', () => {
    const corrected = later('SafetyInspectionCorrected', { ...largeInspection, findingsCount: 0, reason: 'x' }, '2014-08-01T09:00:00+08:00');
    const c = contributionsAfter(projection, [...inspectionConducted(), corrected]);
    expect(flow(c, 'safety.inspections', '2014-07')).toBe(1);
    expect(flow(c, 'safety.inspection-findings', '2014')).toBe(0);
  });
});

describe('an inspection voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('SafetyInspectionVoided', { inspectionId: 'I-1', reason: 'x' }, '2014-08-01T09:00:00+08:00');
    expect(replay(projection, [...inspectionConducted(), voided])).toBeNull();
  });
});
