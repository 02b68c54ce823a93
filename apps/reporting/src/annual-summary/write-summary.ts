import type { Lang } from './number-format';
import { clustersSection } from './sections/clusters.section';
import { figuresTableSection } from './sections/figures-table.section';
import { overviewSection } from './sections/overview.section';
import { platformsSection } from './sections/platforms.section';
import { projectsSection } from './sections/projects.section';
import { safetySection } from './sections/safety.section';
import type { SummaryDocument } from './summary-document';
import type { SummaryFacts } from './summary-facts';
import { writingKit } from './writing-kit';

/**
 * The annual work summary in the seed's structure: the year's economic indicators, then platforms
 * (with land), projects, industrial clusters, safety and the environment, then the table of the year's figures. Pure: the same facts give
 * the same document, and the zh and en documents state the same numbers.
 */
export function writeSummary(facts: SummaryFacts, lang: Lang): SummaryDocument {
  const k = writingKit(lang, facts.year);
  const note = facts.asOf === null ? null : lang === 'zh' ? `数据截至记录时间 ${facts.asOf}` : `As known on ${facts.asOf}`;
  return {
    lang,
    year: facts.year,
    title: lang === 'zh' ? `${facts.year}年工业园区工作总结` : `Industrial Park Annual Work Summary ${facts.year}`,
    note,
    sections: [
      overviewSection(k, facts),
      platformsSection(k, facts),
      projectsSection(k, facts),
      clustersSection(k, facts),
      safetySection(k, facts),
      figuresTableSection(k, facts),
    ],
  };
}
