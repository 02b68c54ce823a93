import { DomainRuleViolation } from '@park-ledger/decider';
import { eventOf, ZoneRegistered, type PayloadOf } from '@park-ledger/contracts';
import type { ZoneEvent, ZoneState } from '../zone.state';

export type RegisterZone = PayloadOf<typeof ZoneRegistered> & { readonly type: 'RegisterZone'; readonly occurredAt: string };

export const registerZone = ({ zoneId, nameZh, nameEn }: RegisterZone, state: ZoneState): ZoneEvent[] => {
  if (state.status !== 'None') throw new DomainRuleViolation('zone-already-registered', `Zone ${zoneId} is already registered`);
  return [eventOf(ZoneRegistered, { zoneId, nameZh, nameEn })];
};
