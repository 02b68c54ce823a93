import { eventOf, PlatformSiteMoved, type PayloadOf } from '@park-ledger/contracts';
import type { ZoneEvent, ZoneState } from '../zone.state';
import { registeredZone, requireLivePlatform } from '../zone.rules';

/** The platform's site changed ("科技园选址已调至仁和大道东侧"): a real move, not a correction. */
export type MovePlatformSite = PayloadOf<typeof PlatformSiteMoved> & {
  readonly type: 'MovePlatformSite';
  readonly occurredAt: string;
};

export const movePlatformSite = (
  { zoneId, platformId, siteZh, siteEn }: MovePlatformSite,
  state: ZoneState,
): ZoneEvent[] => {
  requireLivePlatform(registeredZone(state, zoneId), platformId);
  return [eventOf(PlatformSiteMoved, { zoneId, platformId, siteZh, siteEn })];
};
