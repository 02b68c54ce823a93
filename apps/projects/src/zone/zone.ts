import { ParkRegistryEntryVoided, type PayloadOf } from '@park-ledger/contracts';
import { decideBy, type Decider } from '@park-ledger/decider';
import { addPlatformPhase, type AddPlatformPhase } from './add-platform-phase/add-platform-phase';
import { addPlatform, type AddPlatform } from './add-platform/add-platform';
import { correctRegistryEntry, type CorrectRegistryEntry } from './correct-registry-entry/correct-registry-entry';
import { movePlatformSite, type MovePlatformSite } from './move-platform-site/move-platform-site';
import { registerZone, type RegisterZone } from './register-zone/register-zone';
import { voidRegistryEntry, type VoidRegistryEntry } from './void-registry-entry/void-registry-entry';
import { initialZoneState, type PlatformEntry, type ZoneEvent, type ZoneState } from './zone.state';

export { zoneStreamId, type PlatformEntry, type ZoneEvent, type ZoneState } from './zone.state';

export type ZoneCommand =
  | RegisterZone
  | AddPlatform
  | AddPlatformPhase
  | MovePlatformSite
  | CorrectRegistryEntry
  | VoidRegistryEntry;

const withPlatform = (state: ZoneState, platformId: string, change: (entry: PlatformEntry) => PlatformEntry): ZoneState => {
  if (state.status !== 'Registered') return state;
  const entry = state.platforms[platformId] ?? { voided: false, voidedPhases: {} };
  return { ...state, platforms: { ...state.platforms, [platformId]: change(entry) } };
};

const voidEntry = (state: ZoneState, { zoneId, platformId, phaseId }: PayloadOf<typeof ParkRegistryEntryVoided>): ZoneState => {
  if (platformId === undefined) return { status: 'Voided', zoneId };
  if (phaseId === undefined) return withPlatform(state, platformId, (entry) => ({ ...entry, voided: true }));
  return withPlatform(state, platformId, (entry) => ({ ...entry, voidedPhases: { ...entry.voidedPhases, [phaseId]: true } }));
};

const evolve = (state: ZoneState, event: ZoneEvent): ZoneState => {
  switch (event.type) {
    case 'ZoneRegistered':
      return { status: 'Registered', zoneId: event.payload.zoneId, platforms: {} };
    case 'PlatformAdded':
      return withPlatform(state, event.payload.platformId, (entry) => entry);
    case 'PlatformPhaseAdded': {
      const { phaseId } = event.payload;
      return withPlatform(state, event.payload.platformId, (entry) => ({
        ...entry,
        voidedPhases: { ...entry.voidedPhases, [phaseId]: false },
      }));
    }
    case 'PlatformSiteMoved':
    case 'ParkRegistryEntryCorrected':
      return state;
    case 'ParkRegistryEntryVoided':
      return voidEntry(state, event.payload);
  }
};

const decide = decideBy<ZoneCommand, ZoneState, ZoneEvent>({
  RegisterZone: registerZone,
  AddPlatform: addPlatform,
  AddPlatformPhase: addPlatformPhase,
  MovePlatformSite: movePlatformSite,
  CorrectRegistryEntry: correctRegistryEntry,
  VoidRegistryEntry: voidRegistryEntry,
});

export const zoneDecider: Decider<ZoneState, ZoneCommand, ZoneEvent> = { decide, evolve, initialState: initialZoneState };
