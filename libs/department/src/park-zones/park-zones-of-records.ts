import type { DataSource } from 'typeorm';

export interface ParkZone {
  readonly zoneId: string;
  readonly registered: boolean;
  readonly nameZh: string;
  readonly nameEn: string | null;
  readonly platforms: readonly {
    readonly platformId: string;
    readonly nameZh: string;
    readonly nameEn: string | null;
    readonly phases: readonly { readonly phaseId: string; readonly nameZh: string; readonly nameEn: string | null }[];
  }[];
}

interface ZoneRowDetails {
  readonly zoneId: string;
  readonly nameZh: string;
  readonly nameEn: string | null;
  readonly platforms: readonly {
    readonly platformId: string;
    readonly nameZh: string;
    readonly nameEn: string | null;
    readonly voided: boolean;
    readonly phases: readonly { readonly phaseId: string; readonly nameZh: string; readonly nameEn: string | null; readonly voided: boolean }[];
  }[];
}

/** The park registry as the projects service keeps it: its zone records (inline read model), live platforms and phases only. */
export async function parkZonesOfRecords(dataSource: DataSource): Promise<ParkZone[]> {
  const rows: { details: ZoneRowDetails; voided: boolean }[] = await dataSource.query(
    `select details, voided from event_store.records where kind = 'zone' order by record_id`,
  );
  return rows.map(({ details, voided }) => ({
    zoneId: details.zoneId,
    registered: !voided,
    nameZh: details.nameZh,
    nameEn: details.nameEn,
    platforms: details.platforms
      .filter((platform) => !platform.voided)
      .map(({ platformId, nameZh, nameEn, phases }) => ({
        platformId,
        nameZh,
        nameEn,
        phases: phases.filter((phase) => !phase.voided).map(({ phaseId, nameZh, nameEn }) => ({ phaseId, nameZh, nameEn })),
      })),
  }));
}
