import { type Decider } from '@park-ledger/decider';
import {
  ParkRegistryEntryCorrected,
  ParkRegistryEntryVoided,
  PlatformAdded,
  PlatformPhaseAdded,
  PlatformSiteMoved,
  ZoneRegistered,
  type DomainEventOf,
  type PayloadOf,
} from '@park-ledger/contracts';
import { addPlatformPhase, type AddPlatformPhase } from './add-platform-phase/add-platform-phase';
import { addPlatform, type AddPlatform } from './add-platform/add-platform';
import { correctRegistryEntry, type CorrectRegistryEntry } from './correct-registry-entry/correct-registry-entry';
import { movePlatformSite, type MovePlatformSite } from './move-platform-site/move-platform-site';
import { registerZone, type RegisterZone } from './register-zone/register-zone';
import { voidRegistryEntry, type VoidRegistryEntry } from './void-registry-entry/void-registry-entry';

/** The park registry, one stream per zone (一园三区): the zone, its platforms and their phases. */
export type ZoneEvent = DomainEventOf<
  | typeof ZoneRegistered
  | typeof PlatformAdded
  | typeof PlatformPhaseAdded
  | typeof PlatformSiteMoved
  | typeof ParkRegistryEntryCorrected
  | typeof ParkRegistryEntryVoided
>;

export type PlatformEntry = { readonly voided: boolean; readonly voidedPhases: Readonly<Record<string, boolean>> };

export type ZoneState =
  | { readonly status: 'None' }
  | { readonly status: 'Registered'; readonly zoneId: string; readonly platforms: Readonly<Record<string, PlatformEntry>> }
  | { readonly status: 'Voided'; readonly zoneId: string };

export type ZoneCommand =
  | RegisterZone
  | AddPlatform
  | AddPlatformPhase
  | MovePlatformSite
  | CorrectRegistryEntry
  | VoidRegistryEntry;

export const zoneStreamId = (zoneId: string) => `zone-${zoneId}`;

export const initialState = (): ZoneState => ({ status: 'None' });

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

export const evolve = (state: ZoneState, event: ZoneEvent): ZoneState => {
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

export const decide = (command: ZoneCommand, state: ZoneState): ZoneEvent[] => {
  switch (command.type) {
    case 'RegisterZone':
      return registerZone(command, state);
    case 'AddPlatform':
      return addPlatform(command, state);
    case 'AddPlatformPhase':
      return addPlatformPhase(command, state);
    case 'MovePlatformSite':
      return movePlatformSite(command, state);
    case 'CorrectRegistryEntry':
      return correctRegistryEntry(command, state);
    case 'VoidRegistryEntry':
      return voidRegistryEntry(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown park registry command ${JSON.stringify(unknown)}`);
    }
  }
};

export const zoneDecider: Decider<ZoneState, ZoneCommand, ZoneEvent> = { decide, evolve, initialState };
