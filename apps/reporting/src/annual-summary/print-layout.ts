import type { Lang } from './number-format';
import { escapeHtml } from './render-html';
import type { SummaryDocument } from './summary-document';

/** How the summary's HTML is laid out on paper: A4, the committee's heading and page numbers on every page. */
export interface PrintLayout {
  /** added after the page's own print stylesheet */
  readonly stylesheet: string;
  readonly headerTemplate: string;
  readonly footerTemplate: string;
  readonly margin: { readonly top: string; readonly right: string; readonly bottom: string; readonly left: string };
}

const committee: Record<Lang, string> = { zh: '工业园区管理委员会', en: 'Industrial Park Management Committee' };

const margin = { top: '25mm', right: '20mm', bottom: '22mm', left: '20mm' };

// Chromium draws the header and footer outside the page's styles: they name their own font and size.
const templateStyle = 'font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 8pt; color: #444;';

export function printLayout(document: SummaryDocument): PrintLayout {
  const pageOf =
    document.lang === 'zh'
      ? '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页'
      : 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>';
  return {
    stylesheet: `@page { size: A4; margin: ${margin.top} ${margin.right} ${margin.bottom} ${margin.left}; }`,
    headerTemplate:
      `<div style='${templateStyle} width: 100%; margin: 0 20mm; padding-bottom: 2mm; border-bottom: 0.5pt solid #999; display: flex; justify-content: space-between;'>` +
      `<span>${escapeHtml(committee[document.lang])}</span><span>${escapeHtml(document.title)}</span></div>`,
    footerTemplate: `<div style='${templateStyle} width: 100%; text-align: center;'>${pageOf}</div>`,
    margin,
  };
}
