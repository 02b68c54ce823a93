import { heading, type Section } from '../summary-document';
import type { SummaryFacts } from '../summary-facts';
import type { WritingKit } from '../writing-kit';
import { landParagraphs } from './land-paragraphs';
import { platformParagraphs } from './platform-paragraphs';

/** （一）狠抓平台建设: the platforms' works and projects, then the park's land (expansion, relocation, idle land). */
export function platformsSection(k: WritingKit, facts: SummaryFacts): Section {
  return {
    id: 'platforms',
    title: k.zh ? '（一）狠抓平台建设' : '1. Building the platforms',
    blocks: [
      heading(k.zh ? '1.搭建发展平台' : 'Platforms and their infrastructure'),
      ...platformParagraphs(k, facts.platforms),
      heading(k.zh ? '2.拓展发展平台' : 'Room to grow: land'),
      ...landParagraphs(k, facts.land),
    ],
  };
}
