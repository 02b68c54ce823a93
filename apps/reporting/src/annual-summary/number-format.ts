import type { Unit } from './summary-facts';

export type Lang = 'zh' | 'en';

const YI = 100_000_000;
const WAN = 10_000;

/** At most `decimals` decimals, trailing zeros trimmed: 421.50 -> "421.5", 33.00 -> "33". */
export const trimmed = (value: number, decimals = 2): string => {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor);
};

const grouped = (value: number, decimals = 2): string =>
  Number(trimmed(value, decimals)).toLocaleString('en-US', { maximumFractionDigits: decimals });

/** 元 as the seed prints them: 亿元 from one 亿 up, 万元 from one 万 up, else 元. */
export function yuanZh(yuan: number): string {
  const size = Math.abs(yuan);
  if (size >= YI) return `${trimmed(yuan / YI)}亿元`;
  if (size >= WAN) return `${trimmed(yuan / WAN)}万元`;
  return `${yuan}元`;
}

/** CNY with the English scale words: "CNY 42.15 billion", "CNY 63 million", "CNY 330,000". */
export function yuanEn(yuan: number): string {
  const size = Math.abs(yuan);
  if (size >= 1e9) return `CNY ${trimmed(yuan / 1e9)} billion`;
  if (size >= 1e6) return `CNY ${trimmed(yuan / 1e6)} million`;
  return `CNY ${grouped(yuan)}`;
}

const MU_PER_HECTARE = 15;

export const areaMuZh = (centiMu: number): string => `${trimmed(centiMu / 100)}亩`;
export const areaMuEn = (centiMu: number): string =>
  `${grouped(centiMu / 100)} mu (${grouped(centiMu / 100 / MU_PER_HECTARE, 1)} ha)`;
export const areaHectaresZh = (centiHa: number): string => `${trimmed(centiHa / 100)}公顷`;
export const areaHectaresEn = (centiHa: number): string => `${grouped(centiHa / 100)} ha`;

/** A quantity in its unit, as one run of text: the number with its unit word where the unit is not a counter. */
export function formatQuantity(value: number, unit: Unit, lang: Lang): string {
  switch (unit) {
    case 'count':
      return lang === 'zh' ? String(value) : grouped(value, 0);
    case 'yuan':
      return lang === 'zh' ? yuanZh(value) : yuanEn(value);
    case 'centi-mu':
      return lang === 'zh' ? areaMuZh(value) : areaMuEn(value);
    case 'centi-hectare':
      return lang === 'zh' ? areaHectaresZh(value) : areaHectaresEn(value);
    case 'percent':
      return `${value}%`;
  }
}

/** The value as a percent of the previous one, one decimal (12 of 26 -> 46.2); null when there was nothing before. */
export const percentOf = (value: number, previous: number): number | null =>
  previous === 0 ? null : Math.round((value / previous) * 1000) / 10;

/** Chinese ordinal lead-ins as the seed numbers its points: 一是, 二是, … */
const zhDigits = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export const zhOrdinal = (i: number): string => {
  const n = i + 1;
  if (n <= 10) return zhDigits[n - 1];
  if (n < 20) return `十${zhDigits[n - 11]}`;
  if (n < 100) return `${zhDigits[Math.floor(n / 10) - 1]}十${n % 10 === 0 ? '' : zhDigits[(n % 10) - 1]}`;
  return String(n);
};

const enOrdinals = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];
export const enOrdinal = (i: number): string => enOrdinals[i] ?? `Item ${i + 1}`;

/** "a、b和c" / "a, b and c". */
export function listed(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1).join(lang === 'zh' ? '、' : ', ');
  return `${head}${lang === 'zh' ? '和' : ' and '}${items[items.length - 1]}`;
}

/** '2014-11-15' -> "11月份" within the year, "2015年3月" beyond it; en: "November", "March 2015". */
export function monthPhrase(date: string, year: number, lang: Lang): string {
  const [y, m] = date.split('-').map(Number);
  if (lang === 'zh') return y === year ? `${m}月份` : `${y}年${m}月`;
  const name = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return y === year ? name : `${name} ${y}`;
}
