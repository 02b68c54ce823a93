import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, PlatformAdded, type PayloadOf } from '@park-ledger/contracts';
import type { ZoneEvent, ZoneState } from '../zone.state';
import { livePlatform, registeredZone } from '../zone.rules';

/** A development platform in the zone, possibly inside another (科技园 inside 金属家具产业园). */
export type AddPlatform = PayloadOf<typeof PlatformAdded> & { readonly type: 'AddPlatform'; readonly occurredAt: string };

export const addPlatform = (
  { type: _type, occurredAt: _occurredAt, ...platform }: AddPlatform,
  state: ZoneState,
): ZoneEvent[] => {
  const zone = registeredZone(state, platform.zoneId);
  if (zone.platforms[platform.platformId]) {
    throw new DomainRuleViolation(
      'platform-already-exists',
      `Zone ${zone.zoneId} already has (or had) a platform ${platform.platformId}`,
    );
  }
  if (platform.parentPlatformId !== undefined && !livePlatform(zone, platform.parentPlatformId)) {
    throw new DomainRuleViolation(
      'parent-platform-unknown',
      `Zone ${zone.zoneId} has no platform ${platform.parentPlatformId} to hold ${platform.platformId}`,
    );
  }
  return [eventOf(PlatformAdded, platform)];
};
