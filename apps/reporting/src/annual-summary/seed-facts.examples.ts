import type { Breakdown, Compared, Named, Part, Quantity, SummaryFacts, Unit } from './summary-facts';

// The seed's 2014 figures, hand-made: what the writer must turn into the seed's sentences.

const q = (figure: string, value: number, unit: Unit = 'count'): Quantity => ({
  figure,
  value,
  unit,
  link: `/figures/${figure}/events?year=2014`,
});
const vs = (figure: string, value: number, previous: number, unit: Unit = 'count'): Compared => ({
  ...q(figure, value, unit),
  previous: { ...q(figure, previous, unit), link: `/figures/${figure}/events?year=2013` },
});
const n = (zh: string, en: string): Named => ({ zh, en });
const part = (zh: string, en: string, quantity: Quantity): Part => ({ name: n(zh, en), quantity });
const breakdown = (figure: string, unit: Unit, parts: [string, string, number][]): Breakdown => ({
  total: q(figure, 0, unit),
  parts: parts.map(([zh, en, value]) => part(zh, en, q(figure, value, unit))),
});
const site = (zh: string, en: string, counts: Partial<Record<'signed' | 'started' | 'topped' | 'negotiating', number>>, works = [] as SummaryFacts['platforms'][number]['sites'][number]['works']) => ({
  name: n(zh, en),
  works,
  signedToDate: q('projects.signed-to-date', counts.signed ?? 0),
  startedToDate: q('projects.started-to-date', counts.started ?? 0),
  toppedOutToDate: q('projects.topped-out-to-date', counts.topped ?? 0),
  negotiating: q('projects.negotiating', counts.negotiating ?? 0),
});
const work = (zh: string, en: string, stage: string, percent: number, dates: { expectedStartOn?: string; expectedCompletionOn?: string } = {}) => ({
  name: n(zh, en),
  stage,
  progress: q('infrastructure.progress-percent', percent, 'percent'),
  ...dates,
});
const link = '/figures/milestones.recorded/events?year=2014';

export const seedFacts: SummaryFacts = {
  year: 2014,
  asOf: null,
  zones: [{ id: 'chengbei', name: n('城北开发区', 'Chengbei Development Zone') }],
  economy: {
    revenue: vs('economy.main-business-revenue', 42_150_000_000, 0, 'yuan'),
    addedValue: vs('economy.industrial-added-value', 10_350_000_000, 0, 'yuan'),
    taxes: vs('economy.taxes', 2_380_000_000, 0, 'yuan'),
  },
  rankings: [{ kind: 'ranking', title: n('全省工业园区综合排名', 'provincial industrial park ranking'), date: '2014-12-20', rank: 15, previousRank: 22, link }],
  platforms: [
    {
      name: n('医药物流园', 'Pharma Logistics Park'),
      sites: [
        site('', '', { signed: 10, negotiating: 3 }),
        site('一期', 'Phase 1', {}, [work('一期路网工程', 'phase 1 road network', 'under-construction', 70, { expectedCompletionOn: '2014-12-31' })]),
        site('二期', 'Phase 2', {}, [work('二期路网、灌溉渠工程', 'phase 2 road network and irrigation canal', 'tendering', 0, { expectedStartOn: '2014-11-15' })]),
      ],
    },
    {
      name: n('医药创业园', 'Pharma Start-up Park'),
      sites: [
        site('一期', 'Phase 1', { signed: 24, topped: 15, started: 15 }, [work('一期路网管网工程', 'phase 1 road and pipe network', 'under-construction', 90)]),
        site('二期', 'Phase 2', { signed: 7, started: 2, negotiating: 8 }, [work('二期路网工程', 'phase 2 road network', 'under-construction', 0)]),
      ],
    },
  ],
  land: {
    expansion: [
      {
        name: n('全省工业园区扩区调区计划', 'provincial park expansion plan'),
        listedBy: n('江西省人民政府', 'Jiangxi provincial government'),
        tasks: q('land.expansion-tasks-pending', 6),
        tasksCompleted: q('land.expansion-tasks-completed', 5),
        taskNames: [n('园区中长期发展规划', 'long-term development plan'), n('可研报告', 'feasibility report'), n('土地集约节约报告', 'land-use report')],
        approvedArea: q('land.expansion-approved-area', 30_000, 'centi-hectare'),
        plannedArea: q('land.expansion-planned-area', 166_100, 'centi-hectare'),
      },
    ],
    relocationsStarted: q('land.relocations-in-progress', 3),
    relocationsCompleted: q('land.relocations-completed', 0),
    identifiedParcels: q('land.idle-identified-parcels', 0),
    identifiedArea: q('land.idle-identified-area', 0, 'centi-mu'),
    relocationEnterprises: [n('赣中氯碱', 'Ganzhong Chlor-Alkali'), n('晶昊盐化', 'Jinghao Salt Chemical'), n('金鹿油脂', 'Jinlu Oils')],
    relocationSteps: [part('清产核算', 'asset inventory', q('land.relocation-steps-to-date', 3)), part('中介评估', 'appraisal', q('land.relocation-steps-to-date', 3))],
    reclaimedParcels: breakdown('land.idle-reclaimed-parcels', 'count', [['供而未用', 'supplied but unused', 1], ['供多建少', 'supplied much, built little', 3]]),
    reclaimedArea: breakdown('land.idle-reclaimed-area', 'centi-mu', [['供而未用', 'supplied but unused', 50_000], ['供多建少', 'supplied much, built little', 9_300]]),
    commitments: q('land.idle-commitments', 4),
    commitmentEnterprises: [n('俞氏', 'Yushi'), n('恒辉', 'Henghui'), n('华康', 'Huakang'), n('润达', 'Runda')],
    feesYuan: q('land.idle-fees-yuan', 200_000, 'yuan'),
    feeParcels: q('land.idle-fee-parcels', 2),
    feeEnterprises: [n('新瑭虹', 'Xintanghong'), n('赣通塑胶', 'Gantong Plastics')],
    taxArrearsYuan: q('land.tax-arrears-yuan', 7_390_000, 'yuan'),
  },
  funding: {
    granted: q('funding.granted', 8),
    grantedYuan: q('funding.granted-yuan', 63_000_000, 'yuan'),
    grantedTitles: [n('重点产业集群项目', 'key industrial cluster project'), n('融资担保服务体系建设项目', 'financing guarantee system project')],
    pending: q('funding.pending', 3),
    pendingTitles: [n('医药物流港项目', 'pharma logistics port project')],
    rejected: q('funding.rejected', 0),
    rejectedTitles: [],
  },
  signedByZone: breakdown('projects.signed', 'count', [['城北开发区', 'Chengbei Development Zone', 28], ['福城医药园', 'Fucheng Pharmaceutical Park', 13], ['盐化基地', 'Salt-Chemical Base', 3]]),
  negotiatingBySite: breakdown('projects.negotiating', 'count', [
    ['金属家具孵化园', 'metal-furniture incubator park', 13],
    ['金属家具科技园', 'metal-furniture tech park', 12],
    ['医药创业园二期', 'pharma start-up park phase 2', 8],
    ['医药物流园', 'pharma logistics park', 3],
    ['盐化基地', 'salt-chemical base', 3],
    ['汽配城', 'auto-parts city', 2],
  ]),
  milestones: [
    { kind: 'provincial-key-industrial-cluster', title: n('医药产业列入全省重点产业集群', 'pharma listed as a provincial key cluster'), date: '2014-03-18', link },
    { kind: 'national-base-approval', title: n('盐化基地获批“中国盐化工(樟树)循环产业基地”', 'salt-chemical base approved as a national base'), date: '2014-09-10', link },
  ],
  safety: {
    facilities: [
      {
        name: n('盐化基地污水处理厂', 'salt-chemical wastewater plant'),
        works: [n('在线监控体系建设', 'online monitoring'), n('应急调节池建设', 'emergency pool')],
        worksCompleted: q('safety.facility-works-completed', 6),
        commissioned: q('safety.facilities-commissioned', 1),
        commissionedIn: '2014-08',
      },
    ],
    reminders: breakdown('safety.reminders', 'count', [['短信提醒', 'SMS reminder', 312], ['上门提醒', 'door-to-door visit', 260], ['标语提醒', 'banner or slogan', 9]]),
    bannerZones: [n('城北开发区', 'Chengbei'), n('福城医药园', 'Fucheng'), n('盐化基地', 'Salt-Chemical Base')],
    inspections: breakdown('safety.inspections', 'count', [['小查', 'weekly small inspections', 156], ['大查', 'fortnightly large inspections', 72]]),
    stopProductionOrders: q('safety.stop-production-orders', 3),
    stopProductionEnterprises: [n('晶昊盐化', 'Jinghao'), n('科海化工', 'Kehai'), n('五硫化二磷厂', 'P2S5 plant')],
    hazards: q('safety.hazards', 0),
    rectificationOrders: q('safety.rectification-orders', 0),
    rectificationsVerified: q('safety.rectifications-verified', 0),
    penalties: q('safety.penalties', 0),
    penaltiesYuan: q('safety.penalties-yuan', 0, 'yuan'),
    incidentsReported: q('safety.pollution-incidents', 12),
    accidentsReported: q('safety.accidents', 8),
    pollutionIncidents: vs('safety.pollution-incidents-handled', 12, 26),
    pollutionCompensation: vs('safety.pollution-compensation-yuan', 330_000, 2_690_000, 'yuan'),
    accidents: q('safety.accidents-handled', 8),
    accidentsMajorImpact: q('safety.accidents-major-impact', 0),
  },
  table: [part('新增洽谈项目', 'project leads registered', q('projects.leads', 52)), part('安全事故', 'safety accidents', q('safety.accidents', 8))],
};
