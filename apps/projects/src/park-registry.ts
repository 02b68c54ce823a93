import { Injectable } from '@nestjs/common';
import { CommandGateway } from '@park-ledger/department';
import { DomainRuleViolation, NotFound } from '@park-ledger/event-store';
import { initialState, zoneDecider, zoneStreamId, type ZoneState } from './zone/zone';
import { livePlatform } from './zone/zone-rules';

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

export type RegistryCheck = (reference: RegistryReference) => Promise<void>;

/** The park registry as the other aggregates see it: the zone streams of this same service. */
@Injectable()
export class ParkRegistry {
  constructor(private readonly commands: CommandGateway) {}

  /** Refuses (422 unknown-zone / unknown-platform / unknown-phase) a reference to what is not registered. */
  require(reference: RegistryReference): Promise<void> {
    return this.checker()(reference);
  }

  /** A check that reads each zone once, for many references in one request. */
  checker(): RegistryCheck {
    const zones = new Map<string, Promise<ZoneState>>();
    return async (reference) => {
      let zone = zones.get(reference.zoneId);
      if (!zone) {
        zone = this.zone(reference.zoneId);
        zones.set(reference.zoneId, zone);
      }
      refuseUnregistered(await zone, reference);
    };
  }

  private async zone(zoneId: string): Promise<ZoneState> {
    try {
      return (await this.commands.current(zoneDecider, zoneStreamId(zoneId))).state;
    } catch (error) {
      if (error instanceof NotFound) return initialState();
      throw error;
    }
  }
}
