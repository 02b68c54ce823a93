// What the committee office adds to the annual summary: one sentence on the returns' timeliness, and
// for a closed year restated since, a closing section listing the corrections. Pure.
import { timelinessFigures, type FigureDefinition } from '@park-ledger/figures';
import { formatQuantity, type Lang } from '../annual-summary/number-format';
import { paragraph, runs, type Paragraph, type Section, type SummaryDocument } from '../annual-summary/summary-document';
import type { Unit } from '../annual-summary/summary-facts';

export interface TimelinessTotal {
  readonly due: number;
  readonly onTime: number;
  readonly rate: number | null;
}

export interface RestatedTotal {
  readonly figure: string;
  readonly closed: number;
  readonly current: number;
  readonly reasons: readonly string[];
}

export interface SummaryAdditions {
  readonly timeliness: TimelinessTotal | null;
  /** only for a closed year read as it stands now: its totals unlike the closed ones */
  readonly restated: readonly RestatedTotal[];
}

/** 全年应报企业月报…份，按时报送…份，按时率…% */
export function timelinessSentence(t: TimelinessTotal, lang: Lang): Paragraph {
  const rate = t.rate === null ? '—' : `${t.rate}%`;
  return lang === 'zh'
    ? paragraph(runs`全年应报企业月报${String(t.due)}份，按时报送${String(t.onTime)}份，按时率${rate}。`)
    : paragraph(runs`Over the year ${String(t.due)} monthly returns of enterprises were due; ${String(t.onTime)} came on time, an on-time rate of ${rate}.`);
}

/** 本报告发布后，以下数据有更正：… with each figure's closed and current value and the reasons given. */
export function restatementSection(restated: readonly RestatedTotal[], catalogue: readonly FigureDefinition[], lang: Lang): Section | null {
  if (restated.length === 0) return null;
  // the timeliness counts are restated too (a close digests them), named as /figures names them
  const named = [...catalogue, ...timelinessFigures];
  const label = (name: string) => named.find((f) => f.name === name)?.labels[lang] ?? name;
  const unit = (name: string) => (named.find((f) => f.name === name)?.unit ?? 'count') as Unit;
  const items = restated.map((r) => {
    const [was, is] = [formatQuantity(r.closed, unit(r.figure), lang), formatQuantity(r.current, unit(r.figure), lang)];
    const why = r.reasons.length > 0 ? r.reasons.join(lang === 'zh' ? '；' : '; ') : lang === 'zh' ? '迟报' : 'filed late';
    return lang === 'zh' ? `${label(r.figure)}由${was}更正为${is}（${why}）` : `${label(r.figure)}: ${was} restated as ${is} (${why})`;
  });
  const lead = lang === 'zh' ? '本报告发布后，以下数据有更正：' : 'Since this report was published, the following figures have been restated: ';
  return {
    id: 'restatement',
    title: lang === 'zh' ? '更正说明' : 'Restatements',
    blocks: [paragraph(runs`${lead}${items.join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '.'}`)],
  };
}

/** The summary with the timeliness sentence closing its opening section and, when restated, the closing section. */
export function withOfficeAdditions(document: SummaryDocument, additions: SummaryAdditions, catalogue: readonly FigureDefinition[]): SummaryDocument {
  const [first, ...rest] = document.sections;
  const sections = first && additions.timeliness ? [{ ...first, blocks: [...first.blocks, timelinessSentence(additions.timeliness, document.lang)] }, ...rest] : document.sections;
  const restatement = restatementSection(additions.restated, catalogue, document.lang);
  return { ...document, sections: restatement ? [...sections, restatement] : sections };
}

/** Under the title of the summary as filed, in place of the freshness line: who closed it on what data, who signed it off. */
export function asFiledLine(
  close: { readonly closedBy: string; readonly closedAt: string; readonly asOf: string; readonly digest: string },
  signedOff: { readonly signedBy: string; readonly at: string } | null,
  lang: Lang,
): string {
  const day = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  if (lang === 'zh') {
    const signed = signedOff ? `，${signedOff.signedBy}于${day(signedOff.at)}签发` : '，待签发';
    return `报送版本：${close.closedBy}于${day(close.closedAt)}关账（数据截至${day(close.asOf)}，摘要${close.digest.slice(0, 16)}）${signed}`;
  }
  const signed = signedOff ? `; signed off by ${signedOff.signedBy} on ${day(signedOff.at)}` : '; awaiting sign-off';
  return `As filed: closed by ${close.closedBy} on ${day(close.closedAt)} (data as known on ${day(close.asOf)}, digest ${close.digest.slice(0, 16)})${signed} (UTC+8)`;
}
