import { eventOf, ParkRegistryEntryCorrected, type PayloadOf } from '@park-ledger/contracts';
import type { ZoneEvent, ZoneState } from '../zone.state';
import { requireLiveEntry } from '../zone.rules';

/** Restates the names of the zone, or of one platform or phase in it (no platformId: the zone itself). */
export type CorrectRegistryEntry = PayloadOf<typeof ParkRegistryEntryCorrected> & {
  readonly type: 'CorrectRegistryEntry';
  readonly occurredAt: string;
};

export const correctRegistryEntry = (
  { type: _type, occurredAt: _occurredAt, ...corrected }: CorrectRegistryEntry,
  state: ZoneState,
): ZoneEvent[] => {
  requireLiveEntry(state, corrected);
  return [eventOf(ParkRegistryEntryCorrected, corrected)];
};
