import { joined, paragraph, runs, type Run, type Section } from '../summary-document';
import type { Compared, Milestone, SummaryFacts } from '../summary-facts';
import { isEmpty, percentOfPrevious, type WritingKit } from '../writing-kit';

/** "比去年增长5.9%" / "up 5.9% on last year"; nothing when last year had no figure to compare with. */
function change(k: WritingKit, figure: Compared): Run[] {
  const percent = percentOfPrevious(figure, figure.previous);
  if (percent === null) return [];
  const delta = Math.round((percent.value - 100) * 10) / 10;
  const moved = { ...percent, value: Math.abs(delta) };
  if (delta === 0) return k.zh ? runs`（与去年持平）` : runs` (level with last year)`;
  // a fall that rounds to 100% is not one: the year's figure is told, so something is left (4,074 yuan after 6 亿)
  if (delta <= -100) {
    const most = { ...moved, value: 99.9 };
    return k.zh ? runs`（比去年下降逾${k.n(most)}）` : runs` (down more than ${k.n(most)} on last year)`;
  }
  if (k.zh) return delta >= 0 ? runs`（比去年增长${k.n(moved)}）` : runs`（比去年下降${k.n(moved)}）`;
  return delta >= 0 ? runs` (up ${k.n(moved)} on last year)` : runs` (down ${k.n(moved)} on last year)`;
}

/** A ranking is a record's attribute, not a figure: its places are printed as text, not as linked numbers. */
function ranking(k: WritingKit, milestone: Milestone): Run[] {
  const title = k.name(milestone.title);
  const rank = String(milestone.rank ?? '');
  const gained = milestone.previousRank !== undefined && milestone.rank !== undefined ? milestone.previousRank - milestone.rank : 0;
  const moved = String(Math.abs(gained));
  if (k.zh) {
    const trend = gained > 0 ? `，比去年前移${moved}位` : gained < 0 ? `，比去年后退${moved}位` : '';
    return runs`${title}（第${rank}位）${trend}`;
  }
  const places = Math.abs(gained) === 1 ? 'place' : 'places';
  const trend = gained > 0 ? `, up ${moved} ${places} on last year` : gained < 0 ? `, down ${moved} ${places}` : '';
  return runs`${title} (place ${rank})${trend}`;
}

/** The opening: the economic indicators beside last year, and the park's rankings. */
export function overviewSection(k: WritingKit, facts: SummaryFacts): Section {
  const { revenue, addedValue, taxes } = facts.economy;
  const title = k.zh ? '总体情况' : 'Overview';
  const blocks = [];
  const indicators = [
    { figure: revenue, zh: '主营业务收入', en: 'main business revenue of ' },
    { figure: addedValue, zh: '工业增加值', en: 'industrial added value of ' },
    { figure: taxes, zh: '税金总额', en: 'taxes of ' },
  ].filter(({ figure }) => !isEmpty(figure));
  if (indicators.length > 0) {
    const clauses = indicators.map(({ figure, zh, en }) => (k.zh ? runs`${zh}${k.n(figure)}${change(k, figure)}` : runs`${en}${k.n(figure)}${change(k, figure)}`));
    const listed = k.zh
      ? joined(clauses, '，')
      : clauses.length === 1
        ? clauses[0]
        : [...joined(clauses.slice(0, -1), ', '), { kind: 'text' as const, text: ' and ' }, ...clauses[clauses.length - 1]];
    blocks.push(
      paragraph(
        k.zh
          ? runs`${String(k.year)}年，园区实现${listed}。`
          : runs`In ${String(k.year)} the park's enterprises reported ${listed}.`,
      ),
    );
  }
  if (facts.rankings.length > 0) {
    const ranked = joined(
      facts.rankings.map((m) => ranking(k, m)),
      k.zh ? '，' : '; ',
    );
    blocks.push(paragraph(k.zh ? runs`综合实力方面：${ranked}。` : runs`Rankings: ${ranked}.`));
  }
  return { id: 'overview', title, blocks: blocks.length > 0 ? blocks : [k.none()] };
}
