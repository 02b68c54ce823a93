import { seedFacts } from './seed-facts.examples';
import { numbersOf, plainText } from './summary-document';
import type { SummaryFacts } from './summary-facts';
import { writeSummary } from './write-summary';

const zh = plainText(writeSummary(seedFacts, 'zh'));

describe("the seed's 2014 figures", () => {
  it.each([
    '园区实现主营业务收入421.5亿元，工业增加值103.5亿元，税金总额23.8亿元',
    '今年园区共签约落户项目44个，其中：城北开发区落户项目28个、福城医药园落户项目13个，盐化基地3个',
    '园区共跟踪洽谈项目41个，其中：金属家具孵化园13个、金属家具科技园12个、医药创业园二期8个、医药物流园3个、盐化基地3个、汽配城2个',
    '一期路网工程已完成总工程量的70%，预计年底前竣工',
    '二期路网、灌溉渠工程已完成设计、图审和预算，正在进行招投标，预计11月份开工建设',
    '今年共争取各类项目8个',
    '项目资金6300万元。正在争取的项目3个',
    '共清理闲置工业用地593亩，其中依法收回供而未用土地1宗，面积500亩，收回供多建少闲置土地3宗，面积93亩',
    '督促俞氏、恒辉等4家企业上交了整改承诺书，已收缴新瑭虹、赣通塑胶2家企业闲置土地费20万元，清缴拖欠土地使用税739万元',
    '园区核准面积可由300公顷增至1661公顷',
    '共发放短信提醒312条，上门提醒260人次',
    '3家企业被责令停产整改',
    '园区共处理涉污事件12起，仅占去年26起的46.2%，赔偿金额33万元，仅占去年269万元的12.3%。处理安全事故8起，无一起造成重大负面影响',
  ])('come out in the seed’s sentence: %s', (sentence) => {
    expect(zh).toContain(sentence);
  });

  it('are stated in English too: the same numbers, money in CNY', () => {
    const en = writeSummary(seedFacts, 'en');
    const values = (lang: 'zh' | 'en') =>
      numbersOf(writeSummary(seedFacts, lang))
        .map((run) => `${run.figure}=${run.value}`)
        .sort();
    expect(values('en')).toEqual(values('zh'));
    expect(plainText(en)).toContain('main business revenue of CNY 42.15 billion');
    expect(plainText(en)).toContain('12 pollution incidents (only 46.2% of last year\'s 26), with compensation of CNY 330,000 (only 12.3% of last year\'s CNY 2.69 million)');
  });

  it('link every number to the events behind it', () => {
    const runs = numbersOf(writeSummary(seedFacts, 'zh'));
    expect(runs.length).toBeGreaterThan(40);
    for (const run of runs) expect(run.link).toMatch(/^\/figures\/[\w.-]+\/events\?year=\d{4}/);
  });
});

describe('a listing whose parts are given', () => {
  it('prints the sum of the parts as the total, whatever total came with them', () => {
    const facts: SummaryFacts = { ...seedFacts, negotiatingBySite: { ...seedFacts.negotiatingBySite, total: { ...seedFacts.negotiatingBySite.total, value: 43 } } };
    expect(plainText(writeSummary(facts, 'zh'))).toContain('园区共跟踪洽谈项目41个');
  });
});

describe('a year with no records', () => {
  const zero = <T extends { value: number }>(x: T): T => ({ ...x, value: 0 });
  const empty: SummaryFacts = {
    ...seedFacts,
    economy: { revenue: zero(seedFacts.economy.revenue), addedValue: zero(seedFacts.economy.addedValue), taxes: zero(seedFacts.economy.taxes) },
    rankings: [],
    platforms: [],
    milestones: [],
    signedByZone: { ...seedFacts.signedByZone, parts: [] },
    negotiatingBySite: { ...seedFacts.negotiatingBySite, parts: [] },
    funding: { ...seedFacts.funding, granted: zero(seedFacts.funding.granted), pending: zero(seedFacts.funding.pending) },
  };

  it('says so in each section rather than printing zeros as facts', () => {
    const document = writeSummary(empty, 'zh');
    const text = plainText(document);
    expect(text).toContain('总体情况\n本年度无相关记录。');
    expect(text).toContain('1.搭建发展平台\n本年度无相关记录。');
    expect(text).toContain('1.抓跑项争资。本年度无相关记录。');
    expect(text).toContain('2.抓招商引资。本年度无相关记录。');
    expect(text).toContain('（三）狠抓产业集群\n本年度无相关记录。');
    expect(numbersOf(document).filter((run) => run.value === 0)).toEqual([]);
    expect(plainText(writeSummary(empty, 'en'))).toContain('Overview\nNo records for this year.');
  });
});
