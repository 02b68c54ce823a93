import type { FigureDefinition } from '@park-ledger/figures';
import { plainText, type SummaryDocument } from '../annual-summary/summary-document';
import { withOfficeAdditions } from './summary-additions';

const catalogue = [
  { name: 'economy.taxes', kind: 'flow', unit: 'yuan', labels: { zh: '税金', en: 'taxes' }, dims: [] },
] as unknown as FigureDefinition[];
const document = (lang: 'zh' | 'en'): SummaryDocument => ({
  lang,
  year: 2014,
  title: 'T',
  note: null,
  sections: [{ id: 'overview', title: 'O', blocks: [] }],
});
const additions = {
  timeliness: { due: 372, onTime: 355, rate: 95.4 },
  restated: [{ figure: 'economy.taxes', closed: 2_379_000_000, current: 2_380_000_000, reasons: ['税务部门核定'] }],
};

describe('the office’s additions to the summary', () => {
  it('say the returns’ timeliness in one sentence and list the restatements in a closing section (zh)', () => {
    const text = plainText(withOfficeAdditions(document('zh'), additions, catalogue));
    expect(text).toContain('全年应报企业月报372份，按时报送355份，按时率95.4%。');
    expect(text).toContain('更正说明\n本报告发布后，以下数据有更正：税金由23.79亿元更正为23.8亿元（税务部门核定）。');
  });

  it('in English too', () => {
    const text = plainText(withOfficeAdditions(document('en'), additions, catalogue));
    expect(text).toContain('372 monthly returns of enterprises were due; 355 came on time, an on-time rate of 95.4%.');
    expect(text).toContain('Restatements\nSince this report was published, the following figures have been restated: taxes:');
  });

  it('add no closing section when nothing was restated', () => {
    const doc = withOfficeAdditions(document('zh'), { timeliness: null, restated: [] }, catalogue);
    expect(doc).toEqual(document('zh'));
  });
});
