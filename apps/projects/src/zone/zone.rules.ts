import { DomainRuleViolation, NotFound } from '@park-ledger/decider';
import type { PlatformEntry, ZoneState } from './zone.state';

export type RegisteredZone = Extract<ZoneState, { status: 'Registered' }>;

export const registeredZone = (state: ZoneState, zoneId: string): RegisteredZone => {
  if (state.status === 'None') throw new NotFound(`Zone ${zoneId} is not registered`);
  if (state.status === 'Voided') throw new DomainRuleViolation('zone-voided', `Zone ${zoneId} was voided as entered in error`);
  return state;
};

/** A platform that exists and was not voided; ids are never reused, even once voided. */
export const livePlatform = (zone: RegisteredZone, platformId: string): PlatformEntry | undefined => {
  const entry = zone.platforms[platformId];
  return entry && !entry.voided ? entry : undefined;
};

export const requireLivePlatform = (zone: RegisteredZone, platformId: string): PlatformEntry => {
  const entry = livePlatform(zone, platformId);
  if (!entry) throw new DomainRuleViolation('platform-unknown', `Zone ${zone.zoneId} has no platform ${platformId}`);
  return entry;
};

/** The zone, one of its platforms, or one of a platform's phases: refuses an entry that is unknown or voided. */
export const requireLiveEntry = (state: ZoneState, entry: { zoneId: string; platformId?: string; phaseId?: string }) => {
  const zone = registeredZone(state, entry.zoneId);
  const unknown = () =>
    new DomainRuleViolation(
      'registry-entry-unknown',
      `Zone ${entry.zoneId} has no live entry ${[entry.platformId, entry.phaseId].filter(Boolean).join(' / ')}`,
    );
  if (entry.platformId === undefined) {
    if (entry.phaseId !== undefined) throw unknown();
    return;
  }
  const platform = livePlatform(zone, entry.platformId);
  if (!platform) throw unknown();
  if (entry.phaseId !== undefined && platform.voidedPhases[entry.phaseId] !== false) throw unknown();
};

/** Where a project, an infrastructure work or an economic return says it is in the park. */
export interface RegistryReference {
  readonly zoneId: string;
  readonly platformId?: string;
  readonly phaseId?: string;
}

/** Refuses a zone, platform or phase the registry does not hold, or holds only as voided. */
export const refuseUnregistered = (zone: ZoneState, { zoneId, platformId, phaseId }: RegistryReference): void => {
  if (zone.status !== 'Registered') {
    throw new DomainRuleViolation('unknown-zone', `Zone ${zoneId} is not in the park registry`);
  }
  const platform = platformId === undefined ? undefined : livePlatform(zone, platformId);
  if (platformId !== undefined && !platform) {
    throw new DomainRuleViolation('unknown-platform', `Zone ${zoneId} has no platform ${platformId} in the park registry`);
  }
  if (phaseId !== undefined && platform?.voidedPhases[phaseId] !== false) {
    throw new DomainRuleViolation(
      'unknown-phase',
      `Platform ${platformId ?? '(none)'} of zone ${zoneId} has no phase ${phaseId} in the park registry`,
    );
  }
};
