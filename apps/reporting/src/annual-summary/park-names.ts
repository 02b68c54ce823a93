import type { ZoneRow } from '@park-ledger/figures';
import type { Named } from './summary-facts';

export interface PlatformNode {
  readonly id: string;
  readonly zoneId: string;
  readonly name: Named;
  readonly parentId?: string;
  readonly phases: readonly { readonly id: string; readonly name: Named }[];
}

export const UNNAMED: Named = { zh: '其他', en: 'other' };

const named = (names: { nameZh: string; nameEn?: string }): Named => ({ zh: names.nameZh, en: names.nameEn ?? names.nameZh });

/** The park registry (zones, platforms, phases) as the names reports print for the ids in figures. */
export class ParkNames {
  readonly platforms: readonly PlatformNode[];
  readonly zoneList: readonly { readonly id: string; readonly name: Named }[];
  private readonly zones: Map<string, Named>;
  private readonly byPlatform: Map<string, PlatformNode>;

  constructor(rows: readonly ZoneRow[]) {
    this.zoneList = rows.map((zone) => ({ id: zone.zoneId, name: named(zone) }));
    this.zones = new Map(this.zoneList.map((zone) => [zone.id, zone.name]));
    this.platforms = rows.flatMap((zone) =>
      Object.entries(zone.platforms).map(([id, p]) => ({
        id,
        zoneId: zone.zoneId,
        name: named(p),
        parentId: p.parentPlatformId,
        phases: Object.entries(p.phases).map(([phaseId, phase]) => ({ id: phaseId, name: named(phase) })),
      })),
    );
    this.byPlatform = new Map(this.platforms.map((p) => [p.id, p]));
  }

  zone(id: string | null): Named {
    return (id !== null && this.zones.get(id)) || (id === null ? UNNAMED : { zh: id, en: id });
  }

  platform(id: string | null): PlatformNode | undefined {
    return id === null ? undefined : this.byPlatform.get(id);
  }

  phase(platformId: string | null, phaseId: string | null): Named | undefined {
    return this.platform(platformId)?.phases.find((p) => p.id === phaseId)?.name;
  }

  /** "医药创业园二期" / "Pharma Start-up Park phase 2"; a platform alone by its name. */
  site(platformId: string | null, phaseId: string | null): Named {
    const platform = this.platform(platformId);
    if (!platform) return platformId === null ? UNNAMED : { zh: platformId, en: platformId };
    const phase = this.phase(platformId, phaseId);
    return phase ? { zh: `${platform.name.zh}${phase.zh}`, en: `${platform.name.en} ${phase.en}` } : platform.name;
  }

  children(platformId: string): PlatformNode[] {
    return this.platforms.filter((p) => p.parentId === platformId);
  }
}
