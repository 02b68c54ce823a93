import type { Precondition } from '@park-ledger/event-store';

/** Where a command says it is in the park: a zone, perhaps one of its platforms and a phase of it. */
export interface ParkPlace {
  readonly zoneId: string;
  readonly platformId?: string;
  readonly phaseId?: string;
}

/**
 * How a department checks the places its commands name. The projects service reads the park
 * registry's own streams; land and safety read their copy of the zones (the zone directory). Either
 * way the check is a precondition of the command, run where the event store runs checks.
 */
export interface ParkRegistryCheck {
  /** Refuses (422 unknown-zone / unknown-platform / unknown-phase) a place the park does not hold. */
  requires(place: ParkPlace): Precondition;
}

export const PARK_REGISTRY_CHECK = Symbol('PARK_REGISTRY_CHECK');
