// 安全环保常态化 in 2014: 常提醒 (312 SMS — the seed's "300余条" —, 260 visits, banners in all
// three zones), 勤排查 (a small inspection every week and a large one every fortnight, per zone)
// and 严整改 (晶昊盐化, 科海化工 and 五硫化二磷厂 stopped for rectification, besides ordinary orders).
// Banner counts and inspection findings are ours; the seed gives none.
import { CHENGBEI, FUCHENG, SALT_BASE } from '../park';
import { addDays, at, demoRecord, step, type DemoRecord } from '../demo-record';

const zones = [CHENGBEI, FUCHENG, SALT_BASE] as const;
type ZoneId = (typeof zones)[number];

/** Per quarter, per zone (Chengbei, Fucheng, salt base): SMS sent and visits made. */
const sms = [[30, 24, 22], [28, 26, 20], [27, 25, 21], [33, 29, 27]];
const visits = [[25, 22, 18], [24, 21, 17], [23, 20, 16], [27, 25, 22]];
const banners: Record<ZoneId, number> = { [CHENGBEI]: 36, [FUCHENG]: 28, [SALT_BASE]: 24 };
const quarterDays = ['2014-03-25', '2014-06-24', '2014-09-23', '2014-12-16'];

const reminder = (batchId: string, channel: string, zoneId: ZoneId, count: number, on: string) =>
  demoRecord('safety', `reminder-${batchId}`, [step('/reminder-batches', { batchId, occurredAt: at(on, '16:30'), channel, zoneId, count })]);

const reminderRecords = (): DemoRecord[] => [
  ...quarterDays.flatMap((on, q) =>
    zones.flatMap((zoneId, z) => [
      reminder(`2014-q${q + 1}-sms-${zoneId}`, 'sms', zoneId, sms[q][z], on),
      reminder(`2014-q${q + 1}-visits-${zoneId}`, 'door-to-door', zoneId, visits[q][z], addDays(on, 1)),
    ]),
  ),
  ...zones.map((zoneId) => reminder(`2014-banners-${zoneId}`, 'banner', zoneId, banners[zoneId], '2014-03-14')),
];

const SMALL_FIRST = '2014-01-07'; // Tuesdays
const LARGE_FIRST = '2014-01-09'; // every other Thursday

export const inspectionId = (kind: 'small' | 'large', zoneId: ZoneId, round: number) =>
  `2014-${kind}-${String(round + 1).padStart(2, '0')}-${zoneId}`;

const inspectionRecords = (): DemoRecord[] =>
  zones.flatMap((zoneId, z) => [
    ...Array.from({ length: 52 }, (_, k) => ({ kind: 'small' as const, k, on: addDays(SMALL_FIRST, 7 * k), findings: (k * 7 + z * 3) % 4 })),
    ...Array.from({ length: 26 }, (_, k) => ({ kind: 'large' as const, k, on: addDays(LARGE_FIRST, 14 * k), findings: 1 + ((k * 5 + z) % 5) })),
  ].map(({ kind, k, on, findings }) => {
    const id = inspectionId(kind, zoneId, k);
    return demoRecord('safety', `inspection-${id}`, [
      step('/safety-inspections', {
        inspectionId: id,
        occurredAt: at(on, '15:00'),
        kind: kind === 'small' ? 'weekly-small' : 'fortnightly-large',
        zoneId,
        findingsCount: findings,
      }),
    ]);
  }));

interface Hazard {
  readonly id: string;
  readonly zoneId: ZoneId;
  readonly enterprise: string;
  readonly description: string;
  /** the fortnightly round (0-based) that found it */
  readonly round: number;
  readonly stopProduction: boolean;
  readonly rectifyBy: string;
  readonly verifiedOn: string;
  readonly penaltyYuan?: number;
}

const hazards: readonly Hazard[] = [
  { id: 'H-2014-01', zoneId: SALT_BASE, enterprise: '江西晶昊盐化有限公司', description: '高盐废水未经预处理直排雨水管网', round: 7, stopProduction: true, rectifyBy: '2014-05-31', verifiedOn: '2014-06-05', penaltyYuan: 50_000 },
  { id: 'H-2014-02', zoneId: CHENGBEI, enterprise: '江西华鑫家具有限公司', description: '喷涂车间消防通道堵塞', round: 9, stopProduction: false, rectifyBy: '2014-05-20', verifiedOn: '2014-05-19' },
  { id: 'H-2014-03', zoneId: SALT_BASE, enterprise: '江西科海化工有限公司', description: '危化品储罐区防火堤破损，可燃气体报警装置失效', round: 11, stopProduction: true, rectifyBy: '2014-07-15', verifiedOn: '2014-07-24', penaltyYuan: 30_000 },
  { id: 'H-2014-04', zoneId: FUCHENG, enterprise: '江西昌兴药业有限公司', description: '危险废物暂存间未设警示标识', round: 13, stopProduction: false, rectifyBy: '2014-07-31', verifiedOn: '2014-07-22' },
  { id: 'H-2014-05', zoneId: SALT_BASE, enterprise: '樟树市五硫化二磷厂', description: '原料仓库通风不良，未设泄漏应急处置设施', round: 16, stopProduction: true, rectifyBy: '2014-09-30', verifiedOn: '2014-10-10', penaltyYuan: 20_000 },
  { id: 'H-2014-06', zoneId: CHENGBEI, enterprise: '江西永丰汽车零部件有限公司', description: '冲压设备安全防护罩缺失', round: 19, stopProduction: false, rectifyBy: '2014-10-31', verifiedOn: '2014-10-28' },
];

const hazardRecords = (): DemoRecord[] =>
  hazards.map((h) => {
    const foundOn = addDays(LARGE_FIRST, 14 * h.round);
    const path = `/hazards/${h.id}`;
    return demoRecord('safety', `hazard-${h.id}`, [
      step('/hazards', {
        hazardId: h.id,
        occurredAt: at(foundOn, '16:00'),
        zoneId: h.zoneId,
        enterpriseNameZh: h.enterprise,
        descriptionZh: h.description,
        inspectionId: inspectionId('large', h.zoneId, h.round),
      }),
      step(`${path}/order-rectification`, { occurredAt: at(addDays(foundOn, 1), '10:00'), stopProduction: h.stopProduction, rectifyBy: h.rectifyBy }),
      ...(h.penaltyYuan ? [step(`${path}/impose-penalty`, { occurredAt: at(addDays(foundOn, 8), '10:00'), amountYuan: h.penaltyYuan })] : []),
      step(`${path}/verify-rectification`, { occurredAt: at(h.verifiedOn, '15:00') }),
    ]);
  });

export const safetyRoutineRecords = (): DemoRecord[] => [...reminderRecords(), ...inspectionRecords(), ...hazardRecords()];
