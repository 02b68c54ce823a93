import { Injectable } from '@nestjs/common';
import type { ParkRegistryCheck } from '@park-ledger/department';
import { type Precondition } from '@park-ledger/event-store';
import { zoneDecider, zoneStreamId } from './zone/zone';
import { refuseUnregistered, type RegistryReference } from './zone/zone.rules';

/**
 * The park registry as the other aggregates see it: the zone streams of this same service. A
 * reference is checked as a precondition of the command that makes it, so the zone is read in the
 * same way as the command's own record (from the last state this instance saw, confirmed when the
 * events are written) and must still be as read when they are.
 */
@Injectable()
export class ParkRegistry implements ParkRegistryCheck {
  /** Refuses (422 unknown-zone / unknown-platform / unknown-phase) a reference to what is not registered. */
  requires(reference: RegistryReference): Precondition {
    return async (read) => refuseUnregistered(await read(zoneDecider, zoneStreamId(reference.zoneId)), reference);
  }
}
