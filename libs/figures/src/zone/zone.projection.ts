import {
  ParkRegistryEntryCorrected,
  ParkRegistryEntryVoided,
  zoneEvents,
  type DomainEventOf,
  type PayloadOf,
} from '@park-ledger/contracts';
import { streamProjection } from '../record-projection';

type ZoneEvent = DomainEventOf<(typeof zoneEvents)[number]>;

export interface Names {
  readonly nameZh: string;
  readonly nameEn?: string;
}
export interface PlatformEntry extends Names {
  readonly parentPlatformId?: string;
  readonly siteZh?: string;
  readonly siteEn?: string;
  readonly phases: Readonly<Record<string, Names>>;
}
/** A zone of the park with its platforms and their phases: the names reports print for the ids in figures. */
export interface ZoneRow extends Names {
  readonly zoneId: string;
  readonly platforms: Readonly<Record<string, PlatformEntry>>;
}

const names = ({ nameZh, nameEn }: Names): Names => (nameEn === undefined ? { nameZh } : { nameZh, nameEn });

const withPlatform = (row: ZoneRow, platformId: string, change: (platform: PlatformEntry) => PlatformEntry | null) => {
  const platform = row.platforms[platformId];
  if (platform === undefined) return row;
  const { [platformId]: _changed, ...others } = row.platforms;
  const changed = change(platform);
  return { ...row, platforms: changed === null ? others : { ...others, [platformId]: changed } };
};

const withPhase = (platform: PlatformEntry, phaseId: string, phase: Names | null): PlatformEntry => {
  if (platform.phases[phaseId] === undefined) return platform;
  const { [phaseId]: _changed, ...others } = platform.phases;
  return { ...platform, phases: phase === null ? others : { ...others, [phaseId]: phase } };
};

type EntryChange = PayloadOf<typeof ParkRegistryEntryCorrected> | PayloadOf<typeof ParkRegistryEntryVoided>;

/** Renames (or, with null, removes) the zone, platform or phase the entry points at. */
const changeEntry = (row: ZoneRow, { platformId, phaseId }: EntryChange, renamed: Names | null): ZoneRow | null => {
  const rename = <E extends Names>(entry: E): E | null =>
    renamed === null ? null : { ...entry, nameZh: renamed.nameZh, nameEn: renamed.nameEn };
  if (platformId === undefined) return rename(row);
  if (phaseId === undefined) return withPlatform(row, platformId, rename);
  return withPlatform(row, platformId, (platform) => withPhase(platform, phaseId, renamed));
};

const evolve = (row: ZoneRow | null, event: ZoneEvent): ZoneRow | null => {
  if (event.type === 'ZoneRegistered') return { zoneId: event.payload.zoneId, ...names(event.payload), platforms: {} };
  if (row === null) return null;
  switch (event.type) {
    case 'PlatformAdded': {
      const { platformId, parentPlatformId, siteZh } = event.payload;
      const platform = { ...names(event.payload), parentPlatformId, siteZh, phases: {} };
      return { ...row, platforms: { ...row.platforms, [platformId]: platform } };
    }
    case 'PlatformPhaseAdded': {
      const { platformId, phaseId } = event.payload;
      return withPlatform(row, platformId, (p) => ({ ...p, phases: { ...p.phases, [phaseId]: names(event.payload) } }));
    }
    case 'PlatformSiteMoved': {
      const { siteZh, siteEn } = event.payload;
      return withPlatform(row, event.payload.platformId, (platform) => ({ ...platform, siteZh, siteEn }));
    }
    case 'ParkRegistryEntryCorrected':
      return changeEntry(row, event.payload, names(event.payload));
    case 'ParkRegistryEntryVoided':
      return changeEntry(row, event.payload, null);
  }
};

/** The park registry (一园三区): read for labels, it adds to no figure. */
export const zoneProjection = streamProjection<ZoneRow, ZoneEvent>('zone', zoneEvents, evolve, () => []);
