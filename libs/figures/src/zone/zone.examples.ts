import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

/** Fucheng Pharmaceutical Park with its start-up park (two phases) and logistics park. */
export const fuchengRegistered = (): EventEnvelope[] => {
  const zone = streamOf('zone-fucheng', 'projects');
  const at = '2013-01-01T09:00:00+08:00';
  return [
    zone('ZoneRegistered', { zoneId: 'fucheng', nameZh: '福城医药园', nameEn: 'Fucheng Pharmaceutical Park' }, at),
    zone('PlatformAdded', { zoneId: 'fucheng', platformId: 'pharma-startup-park', nameZh: '医药创业园' }, at),
    zone('PlatformPhaseAdded', { zoneId: 'fucheng', platformId: 'pharma-startup-park', phaseId: 'phase-1', nameZh: '一期' }, at),
    zone('PlatformPhaseAdded', { zoneId: 'fucheng', platformId: 'pharma-startup-park', phaseId: 'phase-2', nameZh: '二期' }, at),
    zone('PlatformAdded', { zoneId: 'fucheng', platformId: 'pharma-logistics-park', nameZh: '医药物流园' }, at),
  ];
};

export const zoneHistories = [fuchengRegistered()];
