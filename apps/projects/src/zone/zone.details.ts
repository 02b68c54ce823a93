import type { ZoneEvent } from './zone.state';

export interface PhaseDetails {
  readonly phaseId: string;
  readonly nameZh: string;
  readonly nameEn: string | null;
  readonly voided: boolean;
}

export interface PlatformDetails {
  readonly platformId: string;
  readonly parentPlatformId: string | null;
  readonly nameZh: string;
  readonly nameEn: string | null;
  readonly siteZh: string | null;
  readonly siteEn: string | null;
  readonly voided: boolean;
  readonly phases: readonly PhaseDetails[];
}

/** A zone as the registry lists it: its names, and its platforms and their phases with theirs (zh and en). */
export interface ZoneDetails {
  readonly zoneId: string;
  readonly nameZh: string;
  readonly nameEn: string | null;
  readonly platforms: readonly PlatformDetails[];
}

const changed = <T, K extends keyof T>(items: readonly T[], key: K, id: string, change: (item: T) => T): T[] =>
  items.map((item) => (item[key] === id ? change(item) : item));

/** The zone's details folded from its events: what the zone list and a zone's page show. */
export const zoneDetails = (current: object, event: ZoneEvent): ZoneDetails => {
  const zone = current as ZoneDetails;
  const onPlatform = (platformId: string, change: (platform: PlatformDetails) => PlatformDetails): ZoneDetails => ({
    ...zone,
    platforms: changed(zone.platforms, 'platformId', platformId, change),
  });
  switch (event.type) {
    case 'ZoneRegistered': {
      const { zoneId, nameZh, nameEn } = event.payload;
      return { zoneId, nameZh, nameEn: nameEn ?? null, platforms: [] };
    }
    case 'PlatformAdded': {
      const { platformId, parentPlatformId, nameZh, nameEn, siteZh } = event.payload;
      const platform: PlatformDetails = {
        platformId,
        parentPlatformId: parentPlatformId ?? null,
        nameZh,
        nameEn: nameEn ?? null,
        siteZh: siteZh ?? null,
        siteEn: null,
        voided: false,
        phases: [],
      };
      return { ...zone, platforms: [...zone.platforms, platform] };
    }
    case 'PlatformPhaseAdded': {
      const { platformId, phaseId, nameZh, nameEn } = event.payload;
      const phase: PhaseDetails = { phaseId, nameZh, nameEn: nameEn ?? null, voided: false };
      return onPlatform(platformId, (platform) => ({ ...platform, phases: [...platform.phases, phase] }));
    }
    case 'PlatformSiteMoved': {
      const { platformId, siteZh, siteEn } = event.payload;
      return onPlatform(platformId, (platform) => ({ ...platform, siteZh, siteEn: siteEn ?? null }));
    }
    case 'ParkRegistryEntryCorrected': {
      const { platformId, phaseId, nameZh } = event.payload;
      const nameEn = event.payload.nameEn ?? null;
      if (platformId === undefined) return { ...zone, nameZh, nameEn };
      if (phaseId === undefined) return onPlatform(platformId, (platform) => ({ ...platform, nameZh, nameEn }));
      return onPlatform(platformId, (platform) => ({
        ...platform,
        phases: changed(platform.phases, 'phaseId', phaseId, (phase) => ({ ...phase, nameZh, nameEn })),
      }));
    }
    case 'ParkRegistryEntryVoided': {
      const { platformId, phaseId } = event.payload;
      if (platformId === undefined) return zone;
      if (phaseId === undefined) return onPlatform(platformId, (platform) => ({ ...platform, voided: true }));
      return onPlatform(platformId, (platform) => ({
        ...platform,
        phases: changed(platform.phases, 'phaseId', phaseId, (phase) => ({ ...phase, voided: true })),
      }));
    }
  }
};
