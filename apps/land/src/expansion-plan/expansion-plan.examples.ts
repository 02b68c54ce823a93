import { eventOf, ExpansionPlanListed } from '@park-ledger/contracts';

const taskNames = [
  ['development-plan', '园区中长期发展规划', 'medium- and long-term development plan'],
  ['feasibility-report', '可研报告', 'feasibility report'],
  ['land-use-report', '土地集约节约报告', 'intensive land-use report'],
  ...Array.from({ length: 8 }, (_, i) => [`task-${i + 4}`, `前期工作${i + 4}`, `preparatory task ${i + 4}`]),
];

/** The seed's plan: 11 preparatory tasks, then 300 ha approved grows to 1661 ha. */
export const planListed = eventOf(ExpansionPlanListed, {
  planId: 'expansion-2014',
  nameZh: '樟树工业园区扩区调区',
  nameEn: 'Zhangshu Industrial Park expansion',
  listedByZh: '江西省人民政府',
  approvedAreaBeforeCentiHectares: 30_000,
  plannedAreaCentiHectares: 166_100,
  preparatoryTasks: taskNames.map(([taskId, nameZh, nameEn]) => ({ taskId, nameZh, nameEn })),
});

export const taskIds = planListed.payload.preparatoryTasks.map((task) => task.taskId);

export const at = '2014-09-15T10:00:00+08:00';
