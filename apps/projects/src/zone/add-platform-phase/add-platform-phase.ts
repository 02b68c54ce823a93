import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, PlatformPhaseAdded, type PayloadOf } from '@park-ledger/contracts';
import type { ZoneEvent, ZoneState } from '../zone.state';
import { registeredZone, requireLivePlatform } from '../zone.rules';

/** A phase of a platform (一期, 二期, 公共配套区) that works and projects can be tied to. */
export type AddPlatformPhase = PayloadOf<typeof PlatformPhaseAdded> & {
  readonly type: 'AddPlatformPhase';
  readonly occurredAt: string;
};

export const addPlatformPhase = (
  { type: _type, occurredAt: _occurredAt, ...phase }: AddPlatformPhase,
  state: ZoneState,
): ZoneEvent[] => {
  const platform = requireLivePlatform(registeredZone(state, phase.zoneId), phase.platformId);
  if (phase.phaseId in platform.voidedPhases) {
    throw new DomainRuleViolation(
      'phase-already-exists',
      `Platform ${phase.platformId} already has (or had) a phase ${phase.phaseId}`,
    );
  }
  return [eventOf(PlatformPhaseAdded, phase)];
};
