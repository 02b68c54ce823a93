import { formatQuantity, type Lang } from './number-format';
import type { Quantity, Unit } from './summary-facts';

/** The generated summary before rendering: sections of headings and paragraphs of runs. */
export interface TextRun {
  readonly kind: 'text';
  readonly text: string;
}

/** A number as printed, with the figure it states and the link to the events behind it. */
export interface NumberRun {
  readonly kind: 'number';
  readonly text: string;
  readonly figure: string;
  readonly value: number;
  readonly unit: Unit;
  readonly link: string;
}

export type Run = TextRun | NumberRun;

export interface Paragraph {
  readonly kind: 'paragraph';
  /** printed in bold before the text, like the seed's "一是常提醒。" */
  readonly lead?: string;
  readonly runs: readonly Run[];
}

export interface Heading {
  readonly kind: 'heading';
  readonly text: string;
}

export type Block = Heading | Paragraph;

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface SummaryDocument {
  readonly lang: Lang;
  readonly year: number;
  readonly title: string;
  /** e.g. "as known on 2015-01-10" */
  readonly note: string | null;
  readonly sections: readonly Section[];
}

export type Piece = string | Run | readonly Run[] | null | undefined | false;

const runsOf = (piece: Piece): Run[] => {
  if (piece === null || piece === undefined || piece === false || piece === '') return [];
  if (typeof piece === 'string') return [{ kind: 'text', text: piece }];
  if (Array.isArray(piece)) return [...(piece as readonly Run[])];
  return [piece as Run];
};

/** Adjacent text runs joined, so renderers see whole phrases. */
const merged = (runs: readonly Run[]): Run[] =>
  runs.reduce<Run[]>((out, run) => {
    const last = out[out.length - 1];
    if (run.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + run.text };
    else out.push(run);
    return out;
  }, []);

/** A phrase from a template: `runs\`共签约落户项目${n}个\`` keeps each number as its own run. */
export const runs = (strings: TemplateStringsArray, ...pieces: Piece[]): Run[] =>
  merged(strings.flatMap((s, i) => [...runsOf(s), ...(i < pieces.length ? runsOf(pieces[i]) : [])]));

/** Phrases joined with a separator (、 or ", "). */
export const joined = (phrases: readonly (readonly Run[])[], separator: string): Run[] =>
  merged(phrases.flatMap((p, i) => (i === 0 ? [...p] : [...runsOf(separator), ...p])));

export const paragraph = (content: readonly Run[], lead?: string): Paragraph =>
  lead === undefined ? { kind: 'paragraph', runs: merged(content) } : { kind: 'paragraph', lead, runs: merged(content) };

export const heading = (text: string): Heading => ({ kind: 'heading', text });

/** A quantity as a linked number run in the document's language. */
export const numberRun = (quantity: Quantity, lang: Lang): NumberRun => ({
  kind: 'number',
  text: formatQuantity(quantity.value, quantity.unit, lang),
  figure: quantity.figure,
  value: quantity.value,
  unit: quantity.unit,
  link: quantity.link,
});

/** Every number the document states, in order: what the zh and en versions must agree on. */
export const numbersOf = (document: SummaryDocument): NumberRun[] =>
  document.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs.filter((r): r is NumberRun => r.kind === 'number') : [])),
  );

/** The document as plain text, for tests and logs. */
export const plainText = (document: SummaryDocument): string =>
  [
    document.title,
    ...document.sections.flatMap((s) => [
      s.title,
      ...s.blocks.map((b) => (b.kind === 'heading' ? b.text : `${b.lead ?? ''}${b.runs.map((r) => r.text).join('')}`)),
    ]),
  ].join('\n');
