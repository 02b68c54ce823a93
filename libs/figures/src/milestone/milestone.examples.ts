import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const cluster = {
  milestoneId: 'pharma-cluster',
  kind: 'provincial-key-industrial-cluster',
  titleZh: '医药产业列入全省重点产业集群',
  date: '2014-03-20',
  zoneId: 'fucheng',
  industry: 'pharma',
};

/** Recorded in April about a designation of 20 March 2014. */
export const clusterDesignated = (): EventEnvelope[] => [
  streamOf('milestone-pharma-cluster', 'projects')('MilestoneRecorded', cluster, '2014-04-02T09:00:00+08:00'),
];

export const milestoneHistories = [clusterDesignated()];
