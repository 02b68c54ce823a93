import {
  eventOf,
  ParkRegistryEntryVoided,
  PlatformAdded,
  PlatformPhaseAdded,
  ZoneRegistered,
} from '@park-ledger/contracts';

export const zoneId = 'fucheng-pharma';
export const occurredAt = '2014-01-02T09:00:00+08:00';

export const zoneRegistered = eventOf(ZoneRegistered, {
  zoneId,
  nameZh: '福城医药园',
  nameEn: 'Fucheng Pharmaceutical Park',
});
export const startupParkAdded = eventOf(PlatformAdded, {
  zoneId,
  platformId: 'pharma-startup-park',
  nameZh: '医药创业园',
  nameEn: 'Pharma start-up park',
});
export const phase1Added = eventOf(PlatformPhaseAdded, {
  zoneId,
  platformId: 'pharma-startup-park',
  phaseId: 'phase-1',
  nameZh: '一期',
  nameEn: 'Phase 1',
});
const logisticsParkAdded = eventOf(PlatformAdded, {
  zoneId,
  platformId: 'pharma-logistics-park',
  nameZh: '医药物流园',
  nameEn: 'Pharma logistics park',
});

export const history = {
  withPlatforms: [zoneRegistered, startupParkAdded, phase1Added, logisticsParkAdded],
  logisticsParkVoided: [
    zoneRegistered,
    logisticsParkAdded,
    eventOf(ParkRegistryEntryVoided, { zoneId, platformId: 'pharma-logistics-park', reason: '误建' }),
  ],
  phase1Voided: [
    zoneRegistered,
    startupParkAdded,
    phase1Added,
    eventOf(ParkRegistryEntryVoided, { zoneId, platformId: 'pharma-startup-park', phaseId: 'phase-1', reason: '误建' }),
  ],
  zoneVoided: [zoneRegistered, eventOf(ParkRegistryEntryVoided, { zoneId, reason: '重复登记' })],
};
