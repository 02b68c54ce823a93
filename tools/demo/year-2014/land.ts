// 国土/规划 in 2014: idle land cleaned (593 亩 = 1 parcel of 500 亩 supplied but unused + 3 parcels
// of 93 亩 supplied much, built little, all reclaimed), the four enterprises that handed in
// rectification commitments, the idle-land fees, the land-use-tax arrears, the expansion plan and
// the three relocations into the park.
//
// The seed names 俞氏 and 恒辉 "and two more" for the commitments, and 新瑭虹 and 赣通塑胶 for the
// fees: we take the two fee payers as the other two, so four idle parcels that stay with their
// enterprises (identified, not reclaimed) account for both sentences.
import { CHENGBEI, SALT_BASE } from '../park';
import { at, demoRecord, step, type DemoRecord, type DemoStep } from '../demo-record';

const mu = (n: number) => Math.round(n * 100);

interface Parcel {
  readonly id: string;
  readonly category: 'supplied-unused' | 'under-built';
  readonly zoneId: string;
  readonly enterprise: string;
  readonly idleMu: number;
  readonly identifiedOn: string;
  readonly reclaimedOn?: string;
  readonly commitment?: { readonly on: string; readonly rectifyBy: string };
  readonly fee?: { readonly on: string; readonly receiptNo: string; readonly yuan: number };
}

const parcels: readonly Parcel[] = [
  { id: 'P-2014-01', category: 'supplied-unused', zoneId: CHENGBEI, enterprise: '江西华达置业有限公司', idleMu: 500, identifiedOn: '2014-03-12', reclaimedOn: '2014-06-24' },
  { id: 'P-2014-02', category: 'under-built', zoneId: CHENGBEI, enterprise: '江西金盛五金制品有限公司', idleMu: 45, identifiedOn: '2014-04-09', reclaimedOn: '2014-08-19' },
  { id: 'P-2014-03', category: 'under-built', zoneId: SALT_BASE, enterprise: '江西利丰化工有限公司', idleMu: 30, identifiedOn: '2014-04-09', reclaimedOn: '2014-08-19' },
  { id: 'P-2014-04', category: 'under-built', zoneId: CHENGBEI, enterprise: '樟树市永达机械厂', idleMu: 18, identifiedOn: '2014-05-14', reclaimedOn: '2014-09-16' },
  { id: 'P-2014-05', category: 'under-built', zoneId: CHENGBEI, enterprise: '江西俞氏家具有限公司', idleMu: 26, identifiedOn: '2014-05-14', commitment: { on: '2014-06-10', rectifyBy: '2015-06-30' } },
  { id: 'P-2014-06', category: 'under-built', zoneId: CHENGBEI, enterprise: '江西恒辉金属制品有限公司', idleMu: 32, identifiedOn: '2014-05-14', commitment: { on: '2014-06-17', rectifyBy: '2015-06-30' } },
  {
    id: 'P-2014-07', category: 'supplied-unused', zoneId: CHENGBEI, enterprise: '江西新瑭虹实业有限公司', idleMu: 40, identifiedOn: '2014-06-11',
    commitment: { on: '2014-07-08', rectifyBy: '2015-03-31' }, fee: { on: '2014-09-12', receiptNo: 'FEE-2014-001', yuan: 120_000 },
  },
  {
    id: 'P-2014-08', category: 'supplied-unused', zoneId: CHENGBEI, enterprise: '江西赣通塑胶有限公司', idleMu: 35, identifiedOn: '2014-06-11',
    commitment: { on: '2014-07-15', rectifyBy: '2015-03-31' }, fee: { on: '2014-10-21', receiptNo: 'FEE-2014-002', yuan: 80_000 },
  },
];

const parcelSteps = (p: Parcel): DemoStep[] => [
  step('/idle-parcels', {
    parcelId: p.id,
    occurredAt: at(p.identifiedOn),
    category: p.category,
    zoneId: p.zoneId,
    enterpriseNameZh: p.enterprise,
    idleAreaCentiMu: mu(p.idleMu),
  }),
  ...(p.reclaimedOn ? [step(`/idle-parcels/${p.id}/reclaim`, { occurredAt: at(p.reclaimedOn, '15:00'), reclaimedAreaCentiMu: mu(p.idleMu) })] : []),
  ...(p.commitment
    ? [step(`/idle-parcels/${p.id}/submit-commitment`, { occurredAt: at(p.commitment.on, '10:30'), rectifyBy: p.commitment.rectifyBy })]
    : []),
  ...(p.fee ? [step(`/idle-parcels/${p.id}/collect-fee`, { occurredAt: at(p.fee.on, '14:00'), receiptNo: p.fee.receiptNo, amountYuan: p.fee.yuan })] : []),
];

/** 清缴拖欠土地使用税 7,390,000 元 in five collections. */
const arrears: readonly (readonly [id: string, enterprise: string, yuan: number, on: string, parcelId?: string])[] = [
  ['arrears-2014-henghui', '江西恒辉金属制品有限公司', 2_150_000, '2014-04-22', 'P-2014-06'],
  ['arrears-2014-yushi', '江西俞氏家具有限公司', 1_280_000, '2014-06-26', 'P-2014-05'],
  ['arrears-2014-xintanghong', '江西新瑭虹实业有限公司', 1_960_000, '2014-08-28', 'P-2014-07'],
  ['arrears-2014-gantong', '江西赣通塑胶有限公司', 1_000_000, '2014-10-30', 'P-2014-08'],
  ['arrears-2014-huada', '江西华达置业有限公司', 1_000_000, '2014-12-18', 'P-2014-01'],
];

/** The 11 preparatory tasks of the expansion (300 公顷 → 1661 公顷); five done by year end. */
const preparatoryTasks: readonly (readonly [taskId: string, zh: string, en: string, doneOn?: string])[] = [
  ['development-plan', '园区中长期发展规划', 'medium- and long-term development plan', '2014-07-25'],
  ['feasibility-report', '可研报告', 'feasibility report', '2014-08-29'],
  ['land-intensive-use-report', '土地集约节约利用评价报告', 'land intensive-use assessment', '2014-09-30'],
  ['industry-plan', '产业发展规划', 'industrial development plan', '2014-10-31'],
  ['land-use-plan-conformity', '土地利用总体规划符合性审查', 'land-use master plan conformity review', '2014-11-28'],
  ['urban-plan-conformity', '城市总体规划符合性审查', 'urban master plan conformity review'],
  ['plan-environmental-assessment', '规划环境影响评价', 'plan environmental impact assessment'],
  ['water-resources-assessment', '水资源论证报告', 'water resources assessment'],
  ['geological-hazard-assessment', '地质灾害危险性评估', 'geological hazard assessment'],
  ['social-stability-assessment', '社会稳定风险评估', 'social stability risk assessment'],
  ['boundary-survey', '四至范围勘测定界', 'boundary survey'],
];

const expansionPlan = (): DemoRecord =>
  demoRecord('land', 'expansion-2014', [
    step('/expansion-plans', {
      planId: 'expansion-2014',
      occurredAt: at('2014-04-16'),
      nameZh: '樟树市工业园区扩区调区',
      nameEn: 'Zhangshu Industrial Park expansion and adjustment',
      listedByZh: '江西省人民政府',
      listedByEn: 'Jiangxi Provincial Government',
      approvedAreaBeforeCentiHectares: 30_000,
      plannedAreaCentiHectares: 166_100,
      preparatoryTasks: preparatoryTasks.map(([taskId, nameZh, nameEn]) => ({ taskId, nameZh, nameEn })),
    }),
    ...preparatoryTasks.flatMap(([taskId, , , doneOn]) =>
      doneOn ? [step('/expansion-plans/expansion-2014/complete-task', { occurredAt: at(doneOn, '16:00'), taskId })] : [],
    ),
  ]);

/** 退城进园: asset inventory and appraisal done for all three; the rest is still under way. */
const relocations: readonly (readonly [id: string, zh: string, en: string, startedOn: string, inventoryOn: string, appraisalOn: string])[] = [
  ['ganzhong-chlor-alkali', '江西赣中氯碱制造有限公司', 'Jiangxi Ganzhong Chlor-Alkali', '2014-03-06', '2014-05-23', '2014-08-15'],
  ['jinghao-salt-chemical', '江西晶昊盐化有限公司', 'Jiangxi Jinghao Salt Chemical', '2014-04-10', '2014-06-20', '2014-09-19'],
  ['jinlu-oils', '樟树市金鹿油脂有限公司', 'Zhangshu Jinlu Oils and Fats', '2014-05-08', '2014-07-18', '2014-10-24'],
];

export const landRecords = (): DemoRecord[] => [
  ...parcels.map((parcel) => demoRecord('land', `idle-parcel-${parcel.id}`, parcelSteps(parcel))),
  ...arrears.map(([collectionId, enterpriseNameZh, amountYuan, on, parcelId]) =>
    demoRecord('land', collectionId, [
      step('/land-tax-arrears', { collectionId, occurredAt: at(on, '15:30'), enterpriseNameZh, amountYuan, ...(parcelId ? { parcelId } : {}) }),
    ]),
  ),
  expansionPlan(),
  ...relocations.map(([relocationId, enterpriseNameZh, enterpriseNameEn, startedOn, inventoryOn, appraisalOn]) =>
    demoRecord('land', `relocation-${relocationId}`, [
      step('/relocations', { relocationId, occurredAt: at(startedOn), enterpriseNameZh, enterpriseNameEn }),
      step(`/relocations/${relocationId}/complete-step`, { occurredAt: at(inventoryOn, '16:00'), step: 'asset-inventory' }),
      step(`/relocations/${relocationId}/complete-step`, { occurredAt: at(appraisalOn, '16:00'), step: 'appraisal' }),
    ]),
  ),
];
