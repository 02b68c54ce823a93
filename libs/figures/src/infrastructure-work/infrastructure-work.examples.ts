import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const roadNetwork = {
  workId: 'logistics-road-1',
  nameZh: '医药物流园一期路网',
  zoneId: 'fucheng',
  platformId: 'pharma-logistics-park',
  phaseId: 'phase-1',
  kinds: ['road-network'],
  stage: 'design',
};

/** Designed in 2013, under construction from Mar 2014, 40% in Apr, 70% in Jul, completed Dec 2014. */
export const roadNetworkBuilt = (): EventEnvelope[] => {
  const work = streamOf('infrastructure-work-logistics-road-1', 'projects');
  const workId = roadNetwork.workId;
  return [
    work('InfrastructureWorkRegistered', roadNetwork, '2013-10-01T09:00:00+08:00'),
    work('InfrastructureWorkStageReached', { workId, stage: 'under-construction' }, '2014-03-01T09:00:00+08:00'),
    work('InfrastructureWorkProgressReported', { workId, percentComplete: 40 }, '2014-04-30T09:00:00+08:00'),
    work('InfrastructureWorkProgressReported', { workId, percentComplete: 70 }, '2014-07-31T09:00:00+08:00'),
    work('InfrastructureWorkStageReached', { workId, stage: 'completed' }, '2014-12-20T09:00:00+08:00'),
  ];
};

export const infrastructureWorkHistories = [roadNetworkBuilt()];
