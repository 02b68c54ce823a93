import { contributionsAfter, flow, replay, streamOf } from '../testing/projection-testing';
import { incidentCompensated } from './pollution-incident.examples';
import { pollutionIncidentProjection as projection } from './pollution-incident.projection';

const later = streamOf('pollution-incident-E-1', 'safety');

describe('an incident in 2014 compensated in 2015', () => {
  const c = contributionsAfter(projection, incidentCompensated());

  it('counts the incident in 2014 and the compensation in 2015', () => {
    expect(flow(c, 'safety.pollution-incidents', '2014', { zoneId: 'salt-chemical-base' })).toBe(1);
    expect(flow(c, 'safety.pollution-incidents-handled', '2014-11')).toBe(1);
    expect(flow(c, 'safety.pollution-compensation-yuan', '2014')).toBe(0);
    expect(flow(c, 'safety.pollution-compensation-yuan', '2015')).toBe(30_000);
  });

  it('has its compensation restated in the month it was paid', () => {
    const corrected = later('PollutionCompensationCorrected', { incidentId: 'E-1', amountYuan: 33_000, reason: 'x' }, '2015-03-01T09:00:00+08:00');
    const restated = contributionsAfter(projection, [...incidentCompensated(), corrected]);
    expect(flow(restated, 'safety.pollution-compensation-yuan', '2015-01')).toBe(33_000);
    expect(flow(restated, 'safety.pollution-compensation-yuan', '2015-03')).toBe(0);
  });
});

describe('an incident voided as entered in error', () => {
  it('contributes nothing', () => {
    const voided = later('PollutionIncidentVoided', { incidentId: 'E-1', reason: 'x' }, '2015-03-01T09:00:00+08:00');
    expect(replay(projection, [...incidentCompensated(), voided])).toBeNull();
  });
});
