/** The park registry, one stream per zone (一园三区): the zone, its platforms and their phases. */
export const zoneStreamId = (zoneId: string) => `zone-${zoneId}`;

export type PlatformEntry = { readonly voided: boolean; readonly voidedPhases: Readonly<Record<string, boolean>> };

export type ZoneState =
  | { readonly status: 'None' }
  | { readonly status: 'Registered'; readonly zoneId: string; readonly platforms: Readonly<Record<string, PlatformEntry>> }
  | { readonly status: 'Voided'; readonly zoneId: string };

export const initialZoneState = (): ZoneState => ({ status: 'None' });

export type { ZoneEvent } from '@park-ledger/contracts';
