// 经济指标月报: the monthly returns of 31 enterprises whose 2014 totals are exactly the seed's
// 主营业务收入 421.5亿, 工业增加值 103.5亿 and 税金 23.8亿元. Each enterprise gets a share by its
// size and industry, and each month a share by the season (Spring Festival low, year-end high).
import { CHENGBEI, FUCHENG, SALT_BASE } from '../park';
import { addDays, apportion, at, demoRecord, monthsOf, step, type DemoRecord } from '../demo-record';

export const ECONOMY_2014 = {
  mainBusinessRevenueYuan: 42_150_000_000,
  industrialAddedValueYuan: 10_350_000_000,
  taxesYuan: 2_380_000_000,
} as const;

type Sector = 'salt' | 'pharma' | 'furniture' | 'auto' | 'other';

/** Added value and taxes as a share of revenue, by sector (only their proportions matter). */
const ratios: Record<Sector, { readonly addedValue: number; readonly taxes: number }> = {
  salt: { addedValue: 0.26, taxes: 0.05 },
  pharma: { addedValue: 0.3, taxes: 0.085 },
  furniture: { addedValue: 0.2, taxes: 0.04 },
  auto: { addedValue: 0.21, taxes: 0.045 },
  other: { addedValue: 0.22, taxes: 0.045 },
};

interface Enterprise {
  readonly id: string;
  readonly zh: string;
  readonly zoneId: string;
  readonly platformId?: string;
  readonly sector: Sector;
  readonly weight: number;
}

const salt = (id: string, zh: string, weight: number): Enterprise => ({ id, zh, zoneId: SALT_BASE, platformId: 'salt-chemical-base', sector: 'salt', weight });
const pharma = (id: string, zh: string, weight: number, platformId?: string): Enterprise => ({ id, zh, zoneId: FUCHENG, platformId, sector: 'pharma', weight });
const chengbei = (id: string, zh: string, sector: Sector, weight: number, platformId?: string): Enterprise => ({ id, zh, zoneId: CHENGBEI, platformId, sector, weight });

export const enterprises: readonly Enterprise[] = [
  salt('jinghao-salt-chemical', '江西晶昊盐化有限公司', 10),
  salt('fuda-salt-chemical', '江西富达盐化有限公司', 7),
  salt('kehai-chemical', '江西科海化工有限公司', 4),
  salt('hongyuan-chemical', '江西宏源化工有限公司', 3),
  salt('zhangyan-fine-chemical', '江西樟盐精细化工有限公司', 3),
  salt('p2s5-plant', '樟树市五硫化二磷厂', 1),
  pharma('renhe-pharma', '江西仁和药业有限公司', 12),
  pharma('zhangshu-pharma', '江西樟树制药有限公司', 4),
  pharma('tianqitang-tcm', '江西天齐堂中药饮片有限公司', 3),
  pharma('fucheng-pharma-logistics', '江西福城医药物流有限公司', 3, 'pharma-logistics-park'),
  pharma('changxing-pharma', '江西昌兴药业有限公司', 2),
  pharma('huashen-pharma', '江西华神药业有限公司', 2, 'pharma-startup-park'),
  pharma('yuxin-pharma', '江西誉鑫药业有限公司', 2, 'pharma-startup-park'),
  pharma('ruiyuan-pharma', '江西瑞源药业有限公司', 2, 'pharma-startup-park'),
  pharma('qianjin-herbs', '江西千金中药材有限公司', 2, 'pharma-logistics-park'),
  pharma('kangde-medical', '江西康德医疗器械有限公司', 1.5),
  pharma('baicaotang-health', '江西百草堂保健品有限公司', 1, 'pharma-startup-park'),
  chengbei('huaxin-furniture', '江西华鑫家具有限公司', 'furniture', 3, 'metal-furniture-park'),
  chengbei('yushi-furniture', '江西俞氏家具有限公司', 'furniture', 2, 'metal-furniture-park'),
  chengbei('henghui-metal', '江西恒辉金属制品有限公司', 'furniture', 2, 'metal-furniture-park'),
  chengbei('jinjie-office', '江西金杰办公家具有限公司', 'furniture', 2, 'metal-furniture-park'),
  chengbei('hongtai-steel-furniture', '江西宏泰钢制家具有限公司', 'furniture', 2, 'metal-furniture-park'),
  chengbei('yongfeng-auto-parts', '江西永丰汽车零部件有限公司', 'auto', 2.5, 'auto-parts-city'),
  chengbei('dacheng-brakes', '江西达诚制动系统有限公司', 'auto', 2, 'auto-parts-city'),
  chengbei('tianrui-wiring', '江西天瑞线束有限公司', 'auto', 1.5, 'auto-parts-city'),
  chengbei('boyuan-building-materials', '江西博源新型建材有限公司', 'other', 2),
  chengbei('gantong-plastics', '江西赣通塑胶有限公司', 'other', 1.5),
  chengbei('jiaxin-textile', '江西嘉信纺织有限公司', 'other', 1.5),
  chengbei('xintanghong', '江西新瑭虹实业有限公司', 'other', 1),
  chengbei('zhengxing-mould', '江西正兴模具有限公司', 'other', 1),
  chengbei('ruifeng-packaging', '江西瑞丰包装有限公司', 'other', 1),
];

const season = [0.072, 0.06, 0.082, 0.083, 0.085, 0.086, 0.084, 0.085, 0.087, 0.088, 0.09, 0.098];

/** Each enterprise's year total, spread over the months with its own small wobble. */
const monthly = (yearTotals: readonly number[]) =>
  yearTotals.map((total, e) => apportion(total, season.map((s, m) => s * (1 + 0.03 * (((e * 3 + m) % 5) - 2)))));

const byEnterprise = (total: number, share: (enterprise: Enterprise) => number) =>
  monthly(apportion(total, enterprises.map(share)));

/** Returns for a month are due by the 10th of the next month (the office's rule). */
const dueOn = (month: string) => addDays(`${month}-01`, 40).replace(/-\d\d$/, '-10');

/**
 * When an enterprise filed its return: most a few days before the 10th, some on the day, a few late
 * (2-7 days; about one return in twenty), so the office's timeliness board has something to chase.
 */
export const filedOn = (e: number, m: number, month: string): string => {
  const late = (e * 7 + m * 3) % 19 === 0;
  return addDays(dueOn(month), late ? 2 + ((e + m) % 6) : -((e + m) % 5));
};

/**
 * The return the office had to chase: the smallest enterprise missed December's deadline and filed in
 * late January 2015, with the January corrections (before them, December shows it missing).
 */
export const MISSING_RETURN = { enterpriseId: 'p2s5-plant', month: '2014-12', filedOn: '2015-01-23' } as const;

const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '罗'];
const givenNames = ['建华', '秀英', '国平', '丽萍', '志强', '海燕', '文斌', '春梅', '德明', '小红', '军', '桂兰', '永清'];

/** Who fills in an enterprise's returns and answers the office's calls (a made-up name and a Zhangshu number). */
export const contactOf = (e: number) => ({
  contactName: `${surnames[e % surnames.length]}${givenNames[(e * 5) % givenNames.length]}`,
  contactPhone: `0795-7${String(260_000 + ((e * 7919) % 40_000)).padStart(6, '0')}`,
});

const returnOf = (enterprise: Enterprise, e: number, month: string, m: number, occurredAt: string, figures: readonly number[][][]) => ({
  enterpriseId: enterprise.id,
  month,
  occurredAt,
  enterpriseNameZh: enterprise.zh,
  zoneId: enterprise.zoneId,
  ...contactOf(e),
  ...(enterprise.platformId ? { platformId: enterprise.platformId } : {}),
  mainBusinessRevenueYuan: figures[0][e][m],
  industrialAddedValueYuan: figures[1][e][m],
  taxesYuan: figures[2][e][m],
});

const yearFigures = () => [
  byEnterprise(ECONOMY_2014.mainBusinessRevenueYuan, (e) => e.weight),
  byEnterprise(ECONOMY_2014.industrialAddedValueYuan, (e) => e.weight * ratios[e.sector].addedValue),
  byEnterprise(ECONOMY_2014.taxesYuan, (e) => e.weight * ratios[e.sector].taxes),
];

const isMissing = (enterprise: Enterprise, month: string) => enterprise.id === MISSING_RETURN.enterpriseId && month === MISSING_RETURN.month;

export const economicReturnRecords = (): DemoRecord[] => {
  const figures = yearFigures();
  return monthsOf(2014).map((month, m) =>
    demoRecord('projects', `economic-returns-${month}`, [
      step('/economic-returns/bulk', {
        returns: enterprises.flatMap((enterprise, e) =>
          isMissing(enterprise, month) ? [] : [returnOf(enterprise, e, month, m, at(filedOn(e, m, month), '10:00'), figures)],
        ),
      }),
    ]),
  );
};

/** The late December return, sent with the January 2015 corrections. */
export const lateReturnRecords = (): DemoRecord[] => {
  const figures = yearFigures();
  const e = enterprises.findIndex((enterprise) => enterprise.id === MISSING_RETURN.enterpriseId);
  const m = 11;
  return [
    demoRecord('projects', `economic-return-${MISSING_RETURN.enterpriseId}-${MISSING_RETURN.month}-late`, [
      step('/economic-returns', returnOf(enterprises[e], e, MISSING_RETURN.month, m, at(MISSING_RETURN.filedOn, '15:00'), figures)),
    ]),
  ];
};
