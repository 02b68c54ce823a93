import { areaMuEn, areaMuZh, formatQuantity, percentOf, yuanEn, yuanZh } from './number-format';

describe('money in yuan', () => {
  it.each([
    [330_000, '33万元', 'CNY 330,000'],
    [2_690_000, '269万元', 'CNY 2.69 million'],
    [63_000_000, '6300万元', 'CNY 63 million'],
    [7_390_000, '739万元', 'CNY 7.39 million'],
    [200_000, '20万元', 'CNY 200,000'],
    [42_150_000_000, '421.5亿元', 'CNY 42.15 billion'],
    [12_345_678, '1234.57万元', 'CNY 12.35 million'],
    [5_000, '5000元', 'CNY 5,000'],
  ])('%d yuan reads %s and %s, trailing zeros trimmed', (yuan, zh, en) => {
    expect(yuanZh(yuan)).toBe(zh);
    expect(yuanEn(yuan)).toBe(en);
  });
});

describe('areas and counts', () => {
  it('print mu from centi-mu, with hectares in English', () => {
    expect(areaMuZh(59_300)).toBe('593亩');
    expect(areaMuEn(59_300)).toBe('593 mu (39.5 ha)');
    expect(formatQuantity(166_100, 'centi-hectare', 'zh')).toBe('1661公顷');
    expect(formatQuantity(1_661, 'count', 'en')).toBe('1,661');
  });
});

describe('a value beside last year', () => {
  it('is a percent of it with one decimal, and none when last year had nothing', () => {
    expect(percentOf(12, 26)).toBe(46.2);
    expect(percentOf(330_000, 2_690_000)).toBe(12.3);
    expect(percentOf(3, 0)).toBeNull();
  });
});
