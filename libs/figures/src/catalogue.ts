/**
 * Every figure the read side knows. A flow sums the contributions whose month lies in the asked period
 * ("44 projects signed in 2014"); a stock sums those up to the period's end ("43 under negotiation at
 * year end"). Values are integers in the figure's unit; dims are the breakdowns a figure may be asked by.
 */
export type FigureKind = 'flow' | 'stock';
export type FigureUnit = 'count' | 'yuan' | 'centi-mu' | 'centi-hectare' | 'percent';

export interface FigureDefinition {
  readonly name: string;
  readonly kind: FigureKind;
  readonly unit: FigureUnit;
  readonly labels: { readonly zh: string; readonly en: string };
  readonly dims: readonly string[];
  /**
   * A figure whose values cannot be added across items (percentages: one work 80% done and another 40%
   * are not 120%) is stated per item, the dim that names it: it has no total and no sum over items.
   */
  readonly per?: string;
  /**
   * Where its values come from when not from the records' contributions: 'timeliness', the returns'
   * obligations as the office's calendar and the filings decide them at asOf (see timeliness-figures).
   */
  readonly source?: 'timeliness';
  /** A ratio of two figures (in percent, one decimal), computed, never summed: its parts do not add up to it. */
  readonly ratioOf?: { readonly numerator: string; readonly denominator: string };
}

const figure = (
  name: string,
  kind: FigureKind,
  unit: FigureUnit,
  zh: string,
  en: string,
  dims: readonly string[],
): FigureDefinition => ({ name, kind, unit, labels: { zh, en }, dims });

const enterprise = ['zoneId', 'platformId', 'enterpriseId'];
const project = ['zoneId', 'platformId', 'phaseId', 'industry'];
const site = ['zoneId', 'platformId', 'phaseId'];
const parcel = ['zoneId', 'category'];
const zone = ['zoneId'];
const accident = ['zoneId', 'severity'];
const facility = ['zoneId', 'facilityId'];

export const figureCatalogue: readonly FigureDefinition[] = [
  figure('economy.main-business-revenue', 'flow', 'yuan', '主营业务收入', 'main business revenue', enterprise),
  figure('economy.industrial-added-value', 'flow', 'yuan', '工业增加值', 'industrial added value', enterprise),
  figure('economy.taxes', 'flow', 'yuan', '税金总额', 'taxes', enterprise),
  figure('economy.returns', 'flow', 'count', '企业月报', 'enterprise monthly returns', enterprise),

  figure('projects.leads', 'flow', 'count', '新增洽谈项目', 'project leads registered', project),
  figure('projects.signed', 'flow', 'count', '签约落户项目', 'projects signed and settled', project),
  figure('projects.construction-started', 'flow', 'count', '开工建设项目', 'projects starting construction', project),
  figure('projects.topped-out', 'flow', 'count', '封顶项目', 'projects topped out', project),
  figure('projects.in-production', 'flow', 'count', '投产项目', 'projects put into production', project),
  figure('projects.dropped', 'flow', 'count', '终止洽谈或退出项目', 'projects dropped', project),
  figure('projects.planned-investment-signed', 'flow', 'yuan', '签约项目计划投资', 'planned investment signed', project),
  figure('projects.negotiating', 'stock', 'count', '跟踪洽谈项目', 'projects under negotiation', project),
  figure('projects.signed-to-date', 'stock', 'count', '累计签约落户项目', 'projects settled to date', project),
  figure('projects.started-to-date', 'stock', 'count', '累计开工建设项目', 'projects started to date', project),
  figure('projects.topped-out-to-date', 'stock', 'count', '累计封顶项目', 'projects topped out to date', project),
  figure('projects.in-production-to-date', 'stock', 'count', '累计投产项目', 'projects in production to date', project),

  figure('infrastructure.works', 'stock', 'count', '基础设施工程', 'infrastructure works by stage', [...site, 'stage']),
  figure('infrastructure.works-completed', 'flow', 'count', '竣工基础设施工程', 'infrastructure works completed', site),
  { ...figure('infrastructure.progress-percent', 'stock', 'percent', '工程完成比例', 'share of work done', [...site, 'workId']), per: 'workId' },

  figure('funding.filed', 'flow', 'count', '申报争资项目', 'funding applications filed', []),
  figure('funding.granted', 'flow', 'count', '争取到的项目', 'funding applications granted', []),
  figure('funding.granted-yuan', 'flow', 'yuan', '争取项目资金', 'funding granted', []),
  figure('funding.rejected', 'flow', 'count', '未获批项目', 'funding applications rejected', []),
  figure('funding.pending', 'stock', 'count', '正在争取的项目', 'funding applications pending', []),

  figure('milestones.recorded', 'flow', 'count', '荣誉与里程碑', 'designations and milestones', [
    'kind',
    'zoneId',
    'platformId',
    'industry',
  ]),

  figure('land.idle-identified-parcels', 'flow', 'count', '认定闲置土地宗数', 'idle parcels identified', parcel),
  figure('land.idle-identified-area', 'flow', 'centi-mu', '认定闲置土地面积', 'idle land identified', parcel),
  figure('land.idle-reclaimed-parcels', 'flow', 'count', '依法收回闲置土地宗数', 'idle parcels reclaimed', parcel),
  figure('land.idle-reclaimed-area', 'flow', 'centi-mu', '依法收回闲置土地面积', 'idle land reclaimed', parcel),
  figure('land.idle-commitments', 'flow', 'count', '上交整改承诺书', 'rectification commitments submitted', parcel),
  figure('land.idle-fees-yuan', 'flow', 'yuan', '收缴闲置土地费', 'idle-land fees collected', parcel),
  figure('land.idle-fee-parcels', 'flow', 'count', '缴纳闲置土地费的企业(宗地)', 'parcels whose enterprise paid idle-land fees', parcel),
  figure('land.tax-arrears-yuan', 'flow', 'yuan', '清缴拖欠土地使用税', 'land-use tax arrears collected', []),
  figure('land.tax-arrears-collections', 'flow', 'count', '清缴土地使用税笔数', 'land-use tax arrears collections', []),
  figure('land.expansion-plans-listed', 'flow', 'count', '列入扩区调区计划', 'expansion plans listed', ['planId']),
  figure('land.expansion-tasks-completed', 'flow', 'count', '完成扩区前期工作', 'expansion preparatory tasks completed', ['planId']),
  figure('land.expansion-tasks-pending', 'stock', 'count', '待完成扩区前期工作', 'expansion preparatory tasks pending', ['planId']),
  figure('land.expansion-approved-area', 'stock', 'centi-hectare', '园区核准面积', 'approved park area', ['planId']),
  figure('land.expansion-planned-area', 'stock', 'centi-hectare', '扩区后规划面积', 'park area planned by expansion', ['planId']),
  figure('land.relocations-started', 'flow', 'count', '启动退城进园企业', 'relocations started', []),
  figure('land.relocation-steps-completed', 'flow', 'count', '退城进园完成环节', 'relocation steps completed', ['step']),
  figure('land.relocation-steps-to-date', 'stock', 'count', '已完成该环节的退城进园企业', 'relocations past each step', ['step']),
  figure('land.relocations-completed', 'flow', 'count', '完成退城进园企业', 'relocations completed', []),
  figure('land.relocations-in-progress', 'stock', 'count', '正在推进退城进园企业', 'relocations in progress', []),

  figure('safety.reminders', 'flow', 'count', '安全环保提醒', 'safety reminders', ['channel', 'zoneId']),
  figure('safety.reminder-batches', 'flow', 'count', '提醒批次', 'reminder batches', ['channel', 'zoneId']),
  figure('safety.inspections', 'flow', 'count', '安全环保排查', 'inspections', ['kind', 'zoneId']),
  figure('safety.inspection-findings', 'flow', 'count', '排查发现问题', 'inspection findings', ['kind', 'zoneId']),
  figure('safety.hazards', 'flow', 'count', '发现隐患', 'hazards found', zone),
  figure('safety.rectification-orders', 'flow', 'count', '责令整改', 'rectification orders', zone),
  figure('safety.stop-production-orders', 'flow', 'count', '责令停产整改', 'stop-production rectification orders', zone),
  figure('safety.rectifications-verified', 'flow', 'count', '整改验收', 'rectifications verified', zone),
  figure('safety.rectifications-open', 'stock', 'count', '未完成整改', 'rectifications open', zone),
  figure('safety.penalties', 'flow', 'count', '依法处罚', 'penalties imposed', zone),
  figure('safety.penalties-yuan', 'flow', 'yuan', '罚款金额', 'penalties', zone),
  figure('safety.pollution-incidents', 'flow', 'count', '涉污事件', 'pollution incidents', zone),
  figure('safety.pollution-incidents-handled', 'flow', 'count', '处理涉污事件', 'pollution incidents handled', zone),
  figure('safety.pollution-compensation-yuan', 'flow', 'yuan', '涉污赔偿金额', 'pollution compensation paid', zone),
  figure('safety.accidents', 'flow', 'count', '安全事故', 'safety accidents', accident),
  figure('safety.accidents-handled', 'flow', 'count', '处理安全事故', 'safety accidents handled', accident),
  figure('safety.accidents-major-impact', 'flow', 'count', '造成重大负面影响的事故', 'accidents with major negative impact', accident),
  figure('safety.facility-works-completed', 'flow', 'count', '环保设施完成工作', 'environmental facility works completed', facility),
  figure('safety.facility-works-pending', 'stock', 'count', '环保设施待完成工作', 'environmental facility works pending', facility),
  figure('safety.facilities-commissioned', 'flow', 'count', '环保设施正式运行', 'environmental facilities commissioned', facility),
];

const byName = new Map(figureCatalogue.map((definition) => [definition.name, definition]));

export const figureNamed = (name: string): FigureDefinition | undefined => byName.get(name);
