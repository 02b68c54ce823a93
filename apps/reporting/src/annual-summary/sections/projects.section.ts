import { joined, paragraph, runs, type Paragraph, type Run, type Section } from '../summary-document';
import type { Breakdown, Named, SummaryFacts } from '../summary-facts';
import { isEmpty, totalOf, type WritingKit } from '../writing-kit';

const titles = (k: WritingKit, names: SummaryFacts['funding']['grantedTitles']) =>
  names.map((n) => k.name(n)).join(k.zh ? '、' : '; ');

/** Rounding to 万 or 亿 lost something: the seed then says 约 (about). */
const rounded = (yuan: number) => (yuan >= 1e8 ? yuan % 1e6 !== 0 : yuan >= 1e4 ? yuan % 100 !== 0 : false);

function funding(k: WritingKit, { funding }: SummaryFacts): Paragraph {
  const lead = k.zh ? '1.抓跑项争资。' : 'Funding from higher government. ';
  const { granted, grantedYuan, grantedTitles, pending, pendingTitles, rejected, rejectedTitles } = funding;
  if (isEmpty(granted, pending, rejected)) return k.none(lead);
  const named = (list: readonly Named[]) => (list.length === 0 ? '' : k.zh ? `，即：${titles(k, list)}` : ` (${titles(k, list)})`);
  const parts: Run[][] = [];
  if (granted.value > 0) {
    const about = rounded(grantedYuan.value) ? (k.zh ? '约' : 'about ') : '';
    const money = grantedYuan.value > 0 ? (k.zh ? runs`，项目资金${about}${k.n(grantedYuan)}` : runs`, bringing in ${about}${k.n(grantedYuan)}`) : [];
    parts.push(
      k.zh
        ? runs`今年共争取各类项目${k.n(granted)}个${named(grantedTitles)}${money}`
        : runs`This year ${k.n(granted)} ${k.noun(granted, 'application was', 'applications were')} granted${named(grantedTitles)}${money}`,
    );
  }
  if (pending.value > 0) {
    parts.push(
      k.zh
        ? runs`正在争取的项目${k.n(pending)}个${named(pendingTitles)}`
        : runs`${k.n(pending)} ${k.noun(pending, 'application is', 'applications are')} pending${named(pendingTitles)}`,
    );
  }
  if (rejected.value > 0) {
    parts.push(
      k.zh
        ? runs`未获批准的项目${k.n(rejected)}个${named(rejectedTitles)}`
        : runs`${k.n(rejected)} ${k.noun(rejected, 'application was', 'applications were')} rejected${named(rejectedTitles)}`,
    );
  }
  return paragraph([...joined(parts, k.zh ? '。' : '. '), { kind: 'text', text: k.zh ? '。' : '.' }], lead);
}

/**
 * "其中：城北开发区落户项目28个、福城医药园落户项目13个，盐化基地3个" — the seed's shape for the signed projects by
 * zone (the noun on all but the last of three or more); other lists name each part with 、 as the seed does.
 */
function listOf(k: WritingKit, breakdown: Breakdown, zhNoun: string): Run[] {
  const { parts } = breakdown;
  const items = parts.map((part, i) => {
    const name = k.name(part.name);
    if (!k.zh) return runs`${name} ${k.n(part.quantity)}`;
    const short = zhNoun !== '' && parts.length > 2 && i === parts.length - 1;
    return short ? runs`，${name}${k.n(part.quantity)}个` : runs`${i > 0 ? '、' : ''}${name}${zhNoun}${k.n(part.quantity)}个`;
  });
  return k.zh ? items.flat() : joined(items, ', ');
}

function investment(k: WritingKit, facts: SummaryFacts): Paragraph {
  const lead = k.zh ? '2.抓招商引资。' : 'Attracting investment. ';
  const { signedByZone: signed, negotiatingBySite: negotiating } = facts;
  const sentences: Run[][] = [];
  if (signed.parts.length > 0) {
    sentences.push(
      k.zh
        ? runs`今年园区共签约落户项目${k.n(totalOf(signed))}个，其中：${listOf(k, signed, '落户项目')}`
        : runs`This year ${k.n(totalOf(signed))} ${k.noun(totalOf(signed), 'project', 'projects')} signed and settled in the park: ${listOf(k, signed, '')}`,
    );
  }
  if (negotiating.parts.length > 0) {
    sentences.push(
      k.zh
        ? runs`园区共跟踪洽谈项目${k.n(totalOf(negotiating))}个，其中：${listOf(k, negotiating, '')}`
        : runs`${k.n(totalOf(negotiating))} ${k.noun(totalOf(negotiating), 'project was', 'projects were')} under negotiation at the year's end: ${listOf(k, negotiating, '')}`,
    );
  }
  if (sentences.length === 0) return k.none(lead);
  return paragraph([...joined(sentences, k.zh ? '。' : '. '), { kind: 'text', text: k.zh ? '。' : '.' }], lead);
}

/** （二）狠抓项目建设: funding won from higher government, and investment signed and under negotiation. */
export function projectsSection(k: WritingKit, facts: SummaryFacts): Section {
  return {
    id: 'projects',
    title: k.zh ? '（二）狠抓项目建设' : '2. Projects',
    blocks: [funding(k, facts), investment(k, facts)],
  };
}
