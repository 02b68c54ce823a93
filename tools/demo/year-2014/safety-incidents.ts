// 快处置 and the wastewater plant: 12 pollution incidents with 330,000 元 compensation in 2014
// (26 and 2,690,000 元 in 2013, for the seed's 46.2% and 12.3%), 8 safety accidents none of which
// had a major negative impact, and the salt-chemical base's wastewater plant: six works done and
// the plant in operation at the end of August.
//
// The demo's one correction: PI-2014-11's compensation of 35,000 元 was entered as 53,000 元 in
// November and corrected in January 2015, so the 2014 report as known on 2014-12-31 says 348,000 元
// and as known now 330,000 元.
import { CHENGBEI, FUCHENG, SALT_BASE, wastewaterPlant } from '../park';
import { addDays, apportion, at, demoRecord, spread, step, type DemoRecord, type DemoStep } from '../demo-record';

export const CORRECTED_INCIDENT = { incidentId: 'PI-2014-11', enteredYuan: 53_000, correctYuan: 35_000, correctedOn: '2015-01-09' } as const;

const descriptions = [
  ['废水外溢污染周边农田', '封堵排口，清运污水，复垦农田'],
  ['废气异味引发周边群众投诉', '责令停机检修废气处理设施，上门走访群众'],
  ['雨水管网混入生产废水', '截断混接管道，清洗管网'],
  ['危险废物临时堆放渗漏', '转移危废至合规暂存间，清理污染土壤'],
  ['鱼塘死鱼，疑受企业排水影响', '取样监测，协调企业赔偿养殖户'],
  ['粉尘外逸影响周边居民', '加装除尘设施，洒水降尘'],
] as const;
const zoneCycle = [SALT_BASE, SALT_BASE, FUCHENG, SALT_BASE, CHENGBEI, SALT_BASE];
const enterpriseCycle = ['江西科海化工有限公司', '江西晶昊盐化有限公司', '江西昌兴药业有限公司', '江西宏源化工有限公司', '江西华鑫家具有限公司', '江西樟盐精细化工有限公司'];

interface Incident {
  readonly id: string;
  readonly on: string;
  readonly n: number;
  readonly compensationYuan?: number;
}

const incidentSteps = ({ id, on, n, compensationYuan }: Incident): DemoStep[] => {
  const [description, measures] = descriptions[n % descriptions.length];
  const path = `/pollution-incidents/${id}`;
  const corrected = id === CORRECTED_INCIDENT.incidentId;
  return [
    step('/pollution-incidents', {
      incidentId: id,
      occurredAt: at(on, '08:40'),
      zoneId: zoneCycle[n % zoneCycle.length],
      enterpriseNameZh: enterpriseCycle[n % enterpriseCycle.length],
      descriptionZh: description,
    }),
    step(`${path}/handle`, { occurredAt: at(addDays(on, 1), '17:00'), measuresZh: measures }),
    ...(compensationYuan === undefined
      ? []
      : [step(`${path}/pay-compensation`, { occurredAt: at(addDays(on, 12), '15:00'), amountYuan: corrected ? CORRECTED_INCIDENT.enteredYuan : compensationYuan })]),
  ];
};

/** 2014: the nine compensations add up to 330,000 元 (PI-2014-11 at its corrected 35,000). */
const compensation2014: readonly (number | undefined)[] = [60_000, 45_000, undefined, 20_000, 35_000, 50_000, undefined, 15_000, 40_000, 30_000, 35_000, undefined];

const incidents = (year: number, count: number, compensation: readonly (number | undefined)[]): Incident[] =>
  spread(count, `${year}-01-14`, `${year}-12-02`).map((on, i) => ({
    id: `PI-${year}-${String(i + 1).padStart(2, '0')}`,
    on,
    n: i + year,
    compensationYuan: compensation[i],
  }));

/** 2013: 26 incidents, 20 of them compensated, 2,690,000 元 in all (in whole thousands). */
const compensation2013 = (): (number | undefined)[] => {
  const paid = apportion(2_690, Array.from({ length: 20 }, (_, i) => 2 + ((i * 7) % 9)));
  let next = 0;
  return Array.from({ length: 26 }, (_, i) => (i % 4 === 3 && i < 24 ? undefined : paid[next++] * 1_000));
};

const accidents = [
  ['A-2014-01', CHENGBEI, '江西宏泰钢制家具有限公司', '冲压工手部压伤', '伤者及时送医，企业停机检修冲床'],
  ['A-2014-02', SALT_BASE, '江西富达盐化有限公司', '检修工人从操作平台跌落受伤', '送医救治，补设平台护栏'],
  ['A-2014-03', FUCHENG, '江西华神药业有限公司', '提取车间蒸汽管道泄漏烫伤', '伤者送医，更换管道阀门'],
  ['A-2014-04', CHENGBEI, '江西达诚制动系统有限公司', '叉车倒车碰伤员工', '伤者送医，厂区划设人车分流通道'],
  ['A-2014-05', SALT_BASE, '江西宏源化工有限公司', '盐酸储罐阀门泄漏，一人轻度灼伤', '紧急堵漏，伤者送医'],
  ['A-2014-06', CHENGBEI, '江西博源新型建材有限公司', '搅拌机清理时手臂卷入受伤', '伤者送医，加装联锁停机装置'],
  ['A-2014-07', FUCHENG, '江西福城医药物流有限公司', '货架倒塌砸伤搬运工', '伤者送医，货架全面加固'],
  ['A-2014-08', SALT_BASE, '江西晶昊盐化有限公司', '配电室短路起火，无人员伤亡', '扑灭明火，更换配电设备'],
] as const;

const accidentRecords = (): DemoRecord[] => {
  const days = spread(accidents.length, '2014-02-19', '2014-11-26');
  return accidents.map(([id, zoneId, enterprise, description, outcome], i) =>
    demoRecord('safety', `accident-${id}`, [
      step('/safety-accidents', { accidentId: id, occurredAt: at(days[i], '14:20'), zoneId, enterpriseNameZh: enterprise, severity: 'ordinary', descriptionZh: description }),
      step(`/safety-accidents/${id}/handle`, { occurredAt: at(addDays(days[i], 2), '16:00'), majorNegativeImpact: false, outcomeZh: outcome }),
    ]),
  );
};

const worksDoneOn = ['2014-03-28', '2014-04-30', '2014-06-27', '2014-07-18', '2014-08-08', '2014-08-22'];

const wastewaterPlantRecord = (): DemoRecord => {
  const { facilityId, zoneId, name, works } = wastewaterPlant;
  return demoRecord('safety', `facility-${facilityId}`, [
    step('/environmental-facilities', {
      facilityId,
      occurredAt: at('2013-11-20'),
      nameZh: name.zh,
      nameEn: name.en,
      zoneId,
      works: works.map(({ workId, zh, en }) => ({ workId, nameZh: zh, nameEn: en })),
    }),
    ...works.map(({ workId }, i) => step(`/environmental-facilities/${facilityId}/complete-work`, { occurredAt: at(worksDoneOn[i], '17:00'), workId })),
    step(`/environmental-facilities/${facilityId}/commission`, { occurredAt: at('2014-08-29', '10:00') }),
  ]);
};

/** Sent after everything else, so the record times before it show the figures as first entered. */
export const correctionRecords = (): DemoRecord[] => [
  demoRecord('safety', `pollution-${CORRECTED_INCIDENT.incidentId}-correction`, [
    step(`/pollution-incidents/${CORRECTED_INCIDENT.incidentId}/correct-compensation`, {
      occurredAt: at(CORRECTED_INCIDENT.correctedOn, '10:00'),
      amountYuan: CORRECTED_INCIDENT.correctYuan,
      reason: '赔偿金额误录为53000元，按赔偿协议及付款凭证更正为35000元',
    }),
  ]),
];

export const safetyIncidentRecords = (): DemoRecord[] => [
  ...[...incidents(2013, 26, compensation2013()), ...incidents(2014, 12, compensation2014)].map((incident) =>
    demoRecord('safety', `pollution-${incident.id}`, incidentSteps(incident)),
  ),
  ...accidentRecords(),
  wastewaterPlantRecord(),
];
