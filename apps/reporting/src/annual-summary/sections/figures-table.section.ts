import { paragraph, runs, type Section } from '../summary-document';
import type { SummaryFacts } from '../summary-facts';
import type { WritingKit } from '../writing-kit';

/**
 * 附表: every figure of the catalogue with a non-zero total for the year, by its catalogue label, each linked to
 * its events — so no figure the year moved goes untold, though the prose above quotes only the seed's selection.
 */
export function figuresTableSection(k: WritingKit, facts: SummaryFacts): Section {
  const rows = facts.table.filter((row) => row.quantity.value !== 0);
  return {
    id: 'figures',
    title: k.zh ? '附表：本年度各项指标' : "Appendix: the year's figures",
    blocks: rows.length > 0 ? rows.map((row) => paragraph(k.zh ? runs`${row.name.zh}：${k.n(row.quantity)}` : runs`${k.name(row.name)}: ${k.n(row.quantity)}`)) : [k.none()],
  };
}
