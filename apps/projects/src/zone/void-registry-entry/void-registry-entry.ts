import { eventOf, ParkRegistryEntryVoided, type PayloadOf } from '@park-ledger/contracts';
import type { ZoneEvent, ZoneState } from '../zone.state';
import { requireLiveEntry } from '../zone.rules';

/** Voids a zone, platform or phase entered in error; voiding a platform voids its phases with it. */
export type VoidRegistryEntry = PayloadOf<typeof ParkRegistryEntryVoided> & {
  readonly type: 'VoidRegistryEntry';
  readonly occurredAt: string;
};

export const voidRegistryEntry = (
  { type: _type, occurredAt: _occurredAt, ...entry }: VoidRegistryEntry,
  state: ZoneState,
): ZoneEvent[] => {
  requireLiveEntry(state, entry);
  return [eventOf(ParkRegistryEntryVoided, entry)];
};
