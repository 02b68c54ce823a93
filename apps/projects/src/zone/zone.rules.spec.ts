import { DomainRuleViolation, fold } from '@park-ledger/decider';
import { zoneDecider } from './zone';
import { initialZoneState, type ZoneEvent, type ZoneState } from './zone.state';
import { refuseUnregistered, type RegistryReference } from './zone.rules';
import { history, zoneId } from './zone.examples';

const zoneAfter = (events: ZoneEvent[]): ZoneState => fold(zoneDecider, events);

const refusal = (zone: ZoneState, reference: RegistryReference) => {
  try {
    refuseUnregistered(zone, reference);
    return undefined;
  } catch (error) {
    if (!(error instanceof DomainRuleViolation)) throw error;
    return { code: error.code, message: error.message };
  }
};

describe('a zone with platforms and a phase in the registry', () => {
  const zone = zoneAfter(history.withPlatforms);

  it('accepts the zone, a live platform and a live phase', () => {
    expect(refusal(zone, { zoneId })).toBeUndefined();
    expect(refusal(zone, { zoneId, platformId: 'pharma-logistics-park' })).toBeUndefined();
    expect(refusal(zone, { zoneId, platformId: 'pharma-startup-park', phaseId: 'phase-1' })).toBeUndefined();
  });

  it('refuses an unknown platform as unknown-platform, naming it', () => {
    expect(refusal(zone, { zoneId, platformId: 'no-such-park' })).toEqual({
      code: 'unknown-platform',
      message: expect.stringContaining('no-such-park'),
    });
  });

  it('refuses an unknown phase as unknown-phase, naming it', () => {
    expect(refusal(zone, { zoneId, platformId: 'pharma-startup-park', phaseId: 'phase-9' })).toEqual({
      code: 'unknown-phase',
      message: expect.stringContaining('phase-9'),
    });
  });
});

describe('a registry without the zone', () => {
  it('refuses it as unknown-zone, naming it', () => {
    expect(refusal(initialZoneState(), { zoneId: 'atlantis' })).toEqual({
      code: 'unknown-zone',
      message: expect.stringContaining('atlantis'),
    });
  });
});

describe('a registry where entries were voided as entered in error', () => {
  it('treats a voided zone, platform or phase as unknown', () => {
    expect(refusal(zoneAfter(history.zoneVoided), { zoneId })?.code).toBe('unknown-zone');
    expect(refusal(zoneAfter(history.logisticsParkVoided), { zoneId, platformId: 'pharma-logistics-park' })?.code).toBe(
      'unknown-platform',
    );
    expect(
      refusal(zoneAfter(history.phase1Voided), { zoneId, platformId: 'pharma-startup-park', phaseId: 'phase-1' })?.code,
    ).toBe('unknown-phase');
  });
});
