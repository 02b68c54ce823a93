import { joined, paragraph, runs, type Run, type Section } from '../summary-document';
import type { Compared, Milestone, SummaryFacts } from '../summary-facts';
import { isEmpty, percentOfPrevious, type WritingKit } from '../writing-kit';

/** "比去年增长5.9%" / "up 5.9% on last year"; nothing when last year had no figure to compare with. */
function change(k: WritingKit, figure: Compared): Run[] {
  const percent = percentOfPrevious(figure, figure.previous);
  if (percent === null) return [];
  const delta = Math.round((percent.value - 100) * 10) / 10;
  const moved = { ...percent, value: Math.abs(delta) };
  if (k.zh) return delta >= 0 ? runs`（比去年增长${k.n(moved)}）` : runs`（比去年下降${k.n(moved)}）`;
  return delta >= 0 ? runs` (up ${k.n(moved)} on last year)` : runs` (down ${k.n(moved)} on last year)`;
}

function ranking(k: WritingKit, milestone: Milestone): Run[] {
  const rank = { figure: 'milestones.recorded', value: milestone.rank ?? 0, unit: 'count' as const, link: milestone.link };
  const title = k.name(milestone.title);
  const gained = milestone.previousRank !== undefined ? milestone.previousRank - (milestone.rank ?? 0) : 0;
  const moved = { ...rank, value: Math.abs(gained) };
  if (k.zh) {
    const trend = gained > 0 ? runs`，比去年前移${k.n(moved)}位` : gained < 0 ? runs`，比去年后退${k.n(moved)}位` : [];
    return runs`${title}（第${k.n(rank)}位）${trend}`;
  }
  const trend = gained > 0 ? runs`, up ${k.n(moved)} places on last year` : gained < 0 ? runs`, down ${k.n(moved)} places` : [];
  return runs`${title} (place ${k.n(rank)})${trend}`;
}

/** The opening: the economic indicators beside last year, and the park's rankings. */
export function overviewSection(k: WritingKit, facts: SummaryFacts): Section {
  const { revenue, addedValue, taxes } = facts.economy;
  const title = k.zh ? '总体情况' : 'Overview';
  const blocks = [];
  if (!isEmpty(revenue, addedValue, taxes)) {
    blocks.push(
      paragraph(
        k.zh
          ? runs`${String(k.year)}年，园区实现主营业务收入${k.n(revenue)}${change(k, revenue)}，工业增加值${k.n(addedValue)}${change(k, addedValue)}，税金总额${k.n(taxes)}${change(k, taxes)}。`
          : runs`In ${String(k.year)} the park's enterprises reported main business revenue of ${k.n(revenue)}${change(k, revenue)}, industrial added value of ${k.n(addedValue)}${change(k, addedValue)} and taxes of ${k.n(taxes)}${change(k, taxes)}.`,
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
