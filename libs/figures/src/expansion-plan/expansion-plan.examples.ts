import type { EventEnvelope } from '@park-ledger/contracts';
import { streamOf } from '../testing/projection-testing';

export const plan = {
  planId: 'expansion-2014',
  nameZh: '园区扩区调区',
  listedByZh: '江西省人民政府',
  approvedAreaBeforeCentiHectares: 30_000,
  plannedAreaCentiHectares: 166_100,
  preparatoryTasks: [
    { taskId: 'development-plan', nameZh: '园区中长期发展规划' },
    { taskId: 'feasibility', nameZh: '可研报告' },
    { taskId: 'land-use', nameZh: '土地集约节约报告' },
  ],
};

/** Listed Apr 2014 (300 ha, to become 1661 ha); two of three tasks done by Sep; approved Mar 2015. */
export const planApproved = (): EventEnvelope[] => {
  const expansion = streamOf('expansion-plan-expansion-2014', 'land');
  const planId = plan.planId;
  return [
    expansion('ExpansionPlanListed', plan, '2014-04-01T09:00:00+08:00'),
    expansion('ExpansionPreparatoryTaskCompleted', { planId, taskId: 'development-plan' }, '2014-07-01T09:00:00+08:00'),
    expansion('ExpansionPreparatoryTaskCompleted', { planId, taskId: 'feasibility' }, '2014-09-01T09:00:00+08:00'),
    expansion('ExpansionAreaApproved', { planId, approvedAreaCentiHectares: 166_100 }, '2015-03-01T09:00:00+08:00'),
  ];
};

export const expansionPlanHistories = [planApproved()];
