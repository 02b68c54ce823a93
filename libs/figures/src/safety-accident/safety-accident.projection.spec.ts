import { contributionsAfter, flow, replay, streamOf } from '../testing/projection-testing';
import { accident, accidentHandled } from './safety-accident.examples';
import { safetyAccidentProjection as projection } from './safety-accident.projection';

const later = streamOf('safety-accident-A-1', 'safety');

describe('an ordinary accident handled without major impact', () => {
  it('counts the accident by severity and its handling, and no major impact', () => {
    const c = contributionsAfter(projection, accidentHandled());
    expect(flow(c, 'safety.accidents', '2014-06', { zoneId: 'chengbei', severity: 'ordinary' })).toBe(1);
    expect(flow(c, 'safety.accidents-handled', '2014-07')).toBe(1);
    expect(flow(c, 'safety.accidents-major-impact', '2014')).toBe(0);
  });
});

describe('corrections of an accident', () => {
  it('count a major impact found later in the month of the accident', () => {
    const corrected = later('SafetyAccidentHandlingCorrected', { accidentId: 'A-1', majorNegativeImpact: true, reason: 'x' }, '2014-09-01T09:00:00+08:00');
    const c = contributionsAfter(projection, [...accidentHandled(), corrected]);
    expect(flow(c, 'safety.accidents-major-impact', '2014-06')).toBe(1);
    expect(flow(c, 'safety.accidents-handled', '2014')).toBe(1);
  });

  it('move the accident to the corrected severity', () => {
    const corrected = later('SafetyAccidentDetailsCorrected', { ...accident, severity: 'serious', reason: 'x' }, '2014-09-01T09:00:00+08:00');
    const c = contributionsAfter(projection, [...accidentHandled(), corrected]);
    expect(flow(c, 'safety.accidents', '2014', { severity: 'serious' })).toBe(1);
    expect(flow(c, 'safety.accidents', '2014', { severity: 'ordinary' })).toBe(0);
  });
});

describe('an accident voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('SafetyAccidentVoided', { accidentId: 'A-1', reason: 'x' }, '2014-09-01T09:00:00+08:00');
    expect(replay(projection, [...accidentHandled(), voided])).toBeNull();
  });
});
