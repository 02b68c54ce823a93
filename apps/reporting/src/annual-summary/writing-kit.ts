import { listed, percentOf, type Lang } from './number-format';
import { numberRun, paragraph, type NumberRun, type Paragraph } from './summary-document';
import type { Breakdown, Named, Quantity } from './summary-facts';

/** What every section writer needs: the language, the year, and numbers that keep their links. */
export interface WritingKit {
  readonly lang: Lang;
  readonly zh: boolean;
  readonly year: number;
  /** a quantity as a linked number */
  n(quantity: Quantity): NumberRun;
  name(named: Named): string;
  /** names in a list: "a、b和c" / "a, b and c" */
  names(named: readonly Named[]): string;
  /** "本年度无相关记录。" / "No records for this year." */
  none(lead?: string): Paragraph;
  /** the English noun for a quantity: "1 project", "2 projects" (zh has no plural: returns `other`) */
  noun(quantity: Quantity, one: string, other: string): string;
}

export const NO_RECORDS = { zh: '本年度无相关记录。', en: 'No records for this year.' } as const;

export function writingKit(lang: Lang, year: number): WritingKit {
  const name = (named: Named) => (lang === 'zh' ? named.zh : named.en || named.zh);
  return {
    lang,
    zh: lang === 'zh',
    year,
    n: (quantity) => numberRun(quantity, lang),
    name,
    names: (named) => listed(named.map(name), lang),
    none: (lead) => paragraph([{ kind: 'text', text: NO_RECORDS[lang] }], lead),
    noun: (quantity, one, other) => (lang === 'en' && quantity.value === 1 ? one : other),
  };
}

/** The total printed for a breakdown: the sum of its parts, linked to the events of the whole. */
export const totalOf = ({ total, parts }: Breakdown): Quantity => ({
  ...total,
  value: parts.reduce((sum, part) => sum + part.quantity.value, 0),
});

/** "this year's value as a percent of last year's", linked to this year's events; null when last year had none. */
export function percentOfPrevious(current: Quantity, previous: Quantity): Quantity | null {
  const percent = percentOf(current.value, previous.value);
  return percent === null ? null : { figure: current.figure, value: percent, unit: 'percent', link: current.link };
}

export const isEmpty = (...quantities: readonly Quantity[]): boolean => quantities.every((q) => q.value === 0);
