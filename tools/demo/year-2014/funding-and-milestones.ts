// 跑项争资 and 产业集群/园区升级: the eight grants (the seed's "约6300万元" taken as exactly
// 63,000,000 元), the three applications still pending, and the year's designations and milestones.
import { CHENGBEI, FUCHENG, SALT_BASE } from '../park';
import { at, demoRecord, step, type DemoRecord } from '../demo-record';

interface Grant {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly grantor: string;
  readonly filedOn: string;
  readonly granted?: { readonly on: string; readonly yuan: number };
}

const applications: readonly Grant[] = [
  { id: 'key-industry-cluster-2014', zh: '重点产业集群项目', en: 'Key industrial cluster project', grantor: '江西省工业和信息化委员会', filedOn: '2014-02-20', granted: { on: '2014-06-18', yuan: 14_500_000 } },
  { id: 'financing-guarantee-2014', zh: '融资担保服务体系建设项目', en: 'Financing guarantee service system', grantor: '江西省财政厅', filedOn: '2014-03-05', granted: { on: '2014-07-22', yuan: 10_000_000 } },
  { id: 'pharma-industry-support-2014', zh: '医药产业扶助项目', en: 'Pharmaceutical industry support', grantor: '江西省工业和信息化委员会', filedOn: '2014-03-12', granted: { on: '2014-08-14', yuan: 8_200_000 } },
  { id: 'e-commerce-platform-2014', zh: '电子商务平台项目', en: 'E-commerce platform', grantor: '江西省商务厅', filedOn: '2014-04-09', granted: { on: '2014-09-10', yuan: 5_000_000 } },
  { id: 'micro-enterprise-park-2014', zh: '小微企业创业园项目', en: 'Small and micro enterprise start-up park', grantor: '江西省中小企业局', filedOn: '2014-04-16', granted: { on: '2014-09-25', yuan: 9_300_000 } },
  { id: 'eco-park-2014', zh: '生态园区建设项目', en: 'Ecological park construction', grantor: '江西省环境保护厅', filedOn: '2014-05-07', granted: { on: '2014-10-16', yuan: 6_000_000 } },
  { id: 'clean-production-park-2014', zh: '清洁化生产园区项目', en: 'Clean production park', grantor: '江西省工业和信息化委员会', filedOn: '2014-05-21', granted: { on: '2014-11-12', yuan: 5_800_000 } },
  { id: 'new-community-2014', zh: '新型社区建设项目', en: 'New-type community construction', grantor: '江西省住房和城乡建设厅', filedOn: '2014-06-11', granted: { on: '2014-12-03', yuan: 4_200_000 } },
  { id: 'pharma-logistics-port-2014', zh: '医药物流港项目', en: 'Pharmaceutical logistics port', grantor: '江西省发展和改革委员会', filedOn: '2014-09-16' },
  { id: 'modern-services-cluster-2014', zh: '现代服务业聚集区项目', en: 'Modern service industry cluster', grantor: '江西省发展和改革委员会', filedOn: '2014-10-21' },
  { id: 'park-pipe-network-2014', zh: '园区管网建设项目', en: 'Park pipe network construction', grantor: '江西省财政厅', filedOn: '2014-11-18' },
];

export const fundingRecords = (): DemoRecord[] =>
  applications.map(({ id, zh, en, grantor, filedOn, granted }) =>
    demoRecord('projects', `funding-${id}`, [
      step('/funding-applications', { applicationId: id, occurredAt: at(filedOn), titleZh: zh, titleEn: en, grantorZh: grantor }),
      ...(granted
        ? [step(`/funding-applications/${id}/grant`, { occurredAt: at(granted.on, '15:30'), amountYuan: granted.yuan })]
        : []),
    ]),
  );

const provincialIndustry = '江西省工业和信息化委员会';

/** Facts of each milestone; the recording clerk enters them a few days after the date. */
const milestones: readonly (Readonly<Record<string, unknown>> & { milestoneId: string; date: string })[] = [
  { milestoneId: 'pharma-key-cluster-2014', kind: 'provincial-key-industrial-cluster', titleZh: '医药产业列入全省重点产业集群', titleEn: 'Pharmaceutical industry listed as a provincial key industrial cluster', date: '2014-03-20', authorityZh: provincialIndustry, zoneId: FUCHENG, industry: 'pharma' },
  { milestoneId: 'salt-chemical-key-cluster-2014', kind: 'provincial-key-industrial-cluster', titleZh: '盐化工产业列入全省重点产业集群', titleEn: 'Salt-chemical industry listed as a provincial key industrial cluster', date: '2014-03-20', authorityZh: provincialIndustry, zoneId: SALT_BASE, industry: 'salt-chemical' },
  { milestoneId: 'pharma-demonstration-cluster-2014', kind: 'provincial-demonstration-cluster', titleZh: '医药产业列入全省20个示范重点产业集群', titleEn: 'Pharmaceutical industry among the 20 provincial demonstration key clusters', date: '2014-03-20', authorityZh: provincialIndustry, zoneId: FUCHENG, industry: 'pharma' },
  { milestoneId: 'salt-chemical-national-base', kind: 'national-base-approval', titleZh: '盐化基地获批“中国盐化工（樟树）循环产业基地”', titleEn: 'Salt-chemical base approved as China Salt-Chemical (Zhangshu) Circular Industry Base', date: '2014-10-15', authorityZh: '中国石油和化学工业联合会', authorityEn: 'China Petroleum and Chemical Industry Federation', zoneId: SALT_BASE, platformId: 'salt-chemical-base', industry: 'salt-chemical' },
  { milestoneId: 'metal-furniture-expo-2014', kind: 'exhibition', titleZh: '中国（樟树）首届金属家具产业“三新”展示会', titleEn: 'First China (Zhangshu) metal-furniture "three new" exhibition', date: '2014-10-26', authorityZh: '樟树市人民政府', zoneId: CHENGBEI, platformId: 'metal-furniture-park', industry: 'metal-furniture' },
  { milestoneId: 'province-ranking-2014', kind: 'ranking', titleZh: '园区综合实力进入全省工业园区15强', titleEn: 'Park among the top 15 industrial parks of Jiangxi by overall strength', date: '2014-12-31', authorityZh: provincialIndustry, rank: 15, previousRank: 22 },
  { milestoneId: 'yichun-ranking-2014', kind: 'ranking', titleZh: '园区综合实力进入宜春市工业园区2强', titleEn: 'Park among the top 2 industrial parks of Yichun by overall strength', date: '2014-12-31', authorityZh: '宜春市工业园区工作领导小组', rank: 2, previousRank: 5 },
];

const recordedOn = (date: string) => (date === '2014-12-31' ? '2015-01-06' : date.replace(/-(\d\d)$/, (_, d) => `-${String(Number(d) + 2).padStart(2, '0')}`));

export const milestoneRecords = (): DemoRecord[] =>
  milestones.map((facts) =>
    demoRecord('projects', `milestone-${facts.milestoneId}`, [step('/milestones', { ...facts, occurredAt: at(recordedOn(facts.date), '11:00') })]),
  );
