import type { Run, SummaryDocument } from './summary-document';

const escapeText = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

const runText = (run: Run) => (run.kind === 'text' ? escapeText(run.text) : `[${escapeText(run.text)}](${run.link})`);

/**
 * Markdown: headings for sections, bold leads, every number a link to the events behind it; under the
 * title, as in the HTML, what data it reflects (see freshnessLine).
 */
export function renderMarkdown(document: SummaryDocument, linkBase = '', freshness?: string): string {
  const lines = [`# ${escapeText(document.title)}`, ''];
  if (freshness) lines.push(`*${escapeText(freshness)}*`, '');
  if (document.note) lines.push(`*${escapeText(document.note)}*`, '');
  for (const section of document.sections) {
    lines.push(`## ${escapeText(section.title)}`, '');
    for (const block of section.blocks) {
      if (block.kind === 'heading') lines.push(`### ${escapeText(block.text)}`, '');
      else {
        const lead = block.lead ? `**${escapeText(block.lead.trim())}** ` : '';
        const text = block.runs.map((run) => (run.kind === 'number' ? runText({ ...run, link: linkBase + run.link }) : runText(run))).join('');
        lines.push(`${lead}${text}`, '');
      }
    }
  }
  return lines.join('\n');
}
