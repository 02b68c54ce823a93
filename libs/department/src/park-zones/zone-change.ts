import type { EventEnvelope } from '@park-ledger/contracts';

/** What a projects event changes in a department's list of zones, if anything. */
export type ZoneChange =
  | { readonly kind: 'registered'; readonly zoneId: string; readonly nameZh: string; readonly nameEn: string | null }
  | { readonly kind: 'renamed'; readonly zoneId: string; readonly nameZh: string; readonly nameEn: string | null }
  | { readonly kind: 'voided'; readonly zoneId: string };

type RegistryPayload = { zoneId: string; platformId?: string; phaseId?: string; nameZh: string; nameEn?: string };

/** Only zone-level registry entries matter here: platforms and phases are the projects service's own business. */
export function zoneChangeOf(event: Pick<EventEnvelope, 'type' | 'payload'>): ZoneChange | undefined {
  const payload = event.payload as RegistryPayload;
  const zoneLevel = payload.platformId === undefined && payload.phaseId === undefined;
  switch (event.type) {
    case 'ZoneRegistered':
      return { kind: 'registered', zoneId: payload.zoneId, nameZh: payload.nameZh, nameEn: payload.nameEn ?? null };
    case 'ParkRegistryEntryCorrected':
      return zoneLevel ? { kind: 'renamed', zoneId: payload.zoneId, nameZh: payload.nameZh, nameEn: payload.nameEn ?? null } : undefined;
    case 'ParkRegistryEntryVoided':
      return zoneLevel ? { kind: 'voided', zoneId: payload.zoneId } : undefined;
    default:
      return undefined;
  }
}
