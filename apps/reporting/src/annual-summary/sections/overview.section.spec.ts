import { streamOf } from '@park-ledger/figures/testing';
import { catalogue, inMemorySource } from '../../testing/generated-summary';
import { summaryFacts } from '../read-summary-facts';
import { plainText } from '../summary-document';
import { writeSummary } from '../write-summary';

// Found by the generated years once they carried economic returns: industrial added value of 4,074 yuan after
// 6 亿 the year before was told as "比去年下降100%" / "down 100% on last year" — a fall of 100% leaves nothing,
// and the figure told beside it is not nothing.
describe('the overview of a figure that fell to almost nothing', () => {
  const returnOf = (month: string, addedValue: number) =>
    streamOf(`economic-return-salt-works-${month}`, 'projects')(
      'EconomicReturnSubmitted',
      { enterpriseId: 'salt-works', month, enterpriseNameZh: '盐化企业', zoneId: 'salt', mainBusinessRevenueYuan: 1_000_000, industrialAddedValueYuan: addedValue, taxesYuan: 50_000 },
      `${month}-20T10:00:00+08:00`,
    );
  const events = [returnOf('2013-06', 600_000_000), returnOf('2014-06', 4_074)];

  it.each(['zh', 'en'] as const)('tells the fall as more than 99.9%, not as 100% (%s)', async (lang) => {
    const text = plainText(writeSummary(await summaryFacts(inMemorySource(events), catalogue, 2014), lang));
    expect(text).toContain(lang === 'zh' ? '工业增加值4074元（比去年下降逾99.9%）' : 'industrial added value of CNY 4,074 (down more than 99.9% on last year)');
    expect(text).not.toMatch(/下降100%|down 100%/);
  });
});
