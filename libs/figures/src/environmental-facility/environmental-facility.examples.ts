import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const plant = {
  facilityId: 'salt-wastewater-plant',
  nameZh: '盐化基地污水处理厂',
  zoneId: 'salt-chemical-base',
  works: [
    { workId: 'online-monitoring', nameZh: '在线监控体系建设' },
    { workId: 'emergency-pool', nameZh: '应急调节池建设' },
  ],
};

/** Registered Jan 2014, both works done by Jul, commissioned at the end of August. */
export const plantCommissioned = (): EventEnvelope[] => {
  const facility = streamOf('environmental-facility-salt-wastewater-plant', 'safety');
  const facilityId = plant.facilityId;
  return [
    facility('EnvironmentalFacilityRegistered', plant, '2014-01-06T09:00:00+08:00'),
    facility('EnvironmentalFacilityWorkCompleted', { facilityId, workId: 'online-monitoring' }, '2014-05-06T09:00:00+08:00'),
    facility('EnvironmentalFacilityWorkCompleted', { facilityId, workId: 'emergency-pool' }, '2014-07-06T09:00:00+08:00'),
    facility('EnvironmentalFacilityCommissioned', { facilityId }, '2014-08-30T09:00:00+08:00'),
  ];
};

export const environmentalFacilityHistories = [plantCommissioned()];
