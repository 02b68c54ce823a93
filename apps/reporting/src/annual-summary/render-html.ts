import type { Run, SummaryDocument } from './summary-document';

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Screen and print: A4 pages, serif body as official documents are set, links printed as plain text. */
const stylesheet = `
  body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, Georgia, serif; max-width: 46rem; margin: 2rem auto;
         padding: 0 1rem; line-height: 1.8; color: #111; }
  h1 { text-align: center; font-size: 1.6rem; }
  h2 { font-size: 1.2rem; margin-top: 2rem; }
  h3 { font-size: 1.05rem; }
  p { text-indent: 2em; margin: 0.5rem 0; }
  .note { text-align: center; color: #555; text-indent: 0; }
  .freshness { font-size: 0.85rem; }
  a.figure { color: #0b57d0; text-decoration: none; border-bottom: 1px dotted #0b57d0; }
  @media print {
    @page { size: A4; margin: 2cm; }
    body { margin: 0; max-width: none; font-size: 12pt; }
    a.figure { color: inherit; border-bottom: none; }
    h2, h3 { page-break-after: avoid; }
    p { orphans: 3; widows: 3; }
  }
`;

const runHtml = (run: Run, linkBase: string) =>
  run.kind === 'text'
    ? escapeHtml(run.text)
    : `<a class="figure" href="${escapeHtml(linkBase + run.link)}" data-figure="${escapeHtml(run.figure)}" data-value="${run.value}">${escapeHtml(run.text)}</a>`;

export interface HtmlOptions {
  /** put before each number's link, e.g. the service's public URL */
  readonly linkBase?: string;
  /** what data the summary reflects (see freshnessLine), printed under the title */
  readonly freshness?: string;
}

/** A printable HTML page; every number links to its drill-down (the events behind it). */
export function renderHtml(document: SummaryDocument, { linkBase = '', freshness }: HtmlOptions = {}): string {
  const body = document.sections
    .map((section) => {
      const blocks = section.blocks.map((block) =>
        block.kind === 'heading'
          ? `<h3>${escapeHtml(block.text)}</h3>`
          : `<p>${block.lead ? `<strong>${escapeHtml(block.lead.trim())}</strong>${document.lang === 'en' ? ' ' : ''}` : ''}${block.runs.map((r) => runHtml(r, linkBase)).join('')}</p>`,
      );
      return `<section id="${escapeHtml(section.id)}"><h2>${escapeHtml(section.title)}</h2>\n${blocks.join('\n')}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${document.lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title><style>${stylesheet}</style></head>
<body>
<h1>${escapeHtml(document.title)}</h1>
${freshness ? `<p class="note freshness">${escapeHtml(freshness)}</p>` : ''}
${document.note ? `<p class="note">${escapeHtml(document.note)}</p>` : ''}
${body}
</body>
</html>
`;
}
