import { EnvironmentalFacilityRegistered, EnvironmentalFacilityWorkCompleted, eventOf } from '@park-ledger/contracts';

/** The salt-chemical base's wastewater plant and the seed's six works before it ran (正式运行). */
export const plantRegistered = eventOf(EnvironmentalFacilityRegistered, {
  facilityId: 'salt-wastewater-plant',
  nameZh: '盐化基地污水处理厂',
  nameEn: 'Salt-Chemical Base wastewater treatment plant',
  zoneId: 'salt-chemical-base',
  works: [
    { workId: 'online-monitoring', nameZh: '在线监控体系建设', nameEn: 'online monitoring system' },
    { workId: 'emergency-pool', nameZh: '应急调节池建设', nameEn: 'emergency regulating pool' },
    { workId: 'salt-tolerant-bacteria', nameZh: '耐盐菌种培育', nameEn: 'salt-tolerant bacteria cultivation' },
    { workId: 'rain-sewage-network', nameZh: '盐化基地雨污管网改造', nameEn: 'base rain/sewage network upgrade' },
    { workId: 'enterprise-separation', nameZh: '企业雨污分流改造', nameEn: 'enterprise rain/sewage separation' },
    { workId: 'high-salt-pretreatment', nameZh: '企业高盐废水预处理', nameEn: 'high-salt wastewater pretreatment' },
  ],
});

export const workIds = plantRegistered.payload.works.map((work) => work.workId);

export const worksCompleted = workIds.map((workId) =>
  eventOf(EnvironmentalFacilityWorkCompleted, { facilityId: 'salt-wastewater-plant', workId }),
);

export const at = '2014-08-29T10:00:00+08:00';
