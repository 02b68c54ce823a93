import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

/** 赣中氯碱: started Feb 2014, inventory Mar, appraisal Jun, completed Mar 2015. */
export const relocationCompleted = (): EventEnvelope[] => {
  const relocation = streamOf('relocation-ganzhong', 'land');
  const relocationId = 'ganzhong';
  return [
    relocation('RelocationStarted', { relocationId, enterpriseNameZh: '赣中氯碱' }, '2014-02-10T09:00:00+08:00'),
    relocation('RelocationStepCompleted', { relocationId, step: 'asset-inventory' }, '2014-03-10T09:00:00+08:00'),
    relocation('RelocationStepCompleted', { relocationId, step: 'appraisal' }, '2014-06-10T09:00:00+08:00'),
    relocation('RelocationCompleted', { relocationId }, '2015-03-10T09:00:00+08:00'),
  ];
};

export const relocationHistories = [relocationCompleted()];
