import { DomainRuleViolation } from '@park-ledger/decider';
import { Injectable } from '@nestjs/common';
import type { ParkRegistryCheck } from '@park-ledger/department';
import { type Precondition } from '@park-ledger/event-store';
import { zoneDecider, zoneStreamId, type ZoneState } from './zone/zone';
import { livePlatform } from './zone/zone.rules';

/** Where a project, an infrastructure work or an economic return says it is in the park. */
export interface RegistryReference {
  readonly zoneId: string;
  readonly platformId?: string;
  readonly phaseId?: string;
}

/** Refuses a zone, platform or phase the registry does not hold, or holds only as voided. */
export const refuseUnregistered = (zone: ZoneState, { zoneId, platformId, phaseId }: RegistryReference): void => {
  if (zone.status !== 'Registered') {
    throw new DomainRuleViolation('unknown-zone', `Zone ${zoneId} is not in the park registry`);
  }
  const platform = platformId === undefined ? undefined : livePlatform(zone, platformId);
  if (platformId !== undefined && !platform) {
    throw new DomainRuleViolation('unknown-platform', `Zone ${zoneId} has no platform ${platformId} in the park registry`);
  }
  if (phaseId !== undefined && platform?.voidedPhases[phaseId] !== false) {
    throw new DomainRuleViolation(
      'unknown-phase',
      `Platform ${platformId ?? '(none)'} of zone ${zoneId} has no phase ${phaseId} in the park registry`,
    );
  }
};

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
