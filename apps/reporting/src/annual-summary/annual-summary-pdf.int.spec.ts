import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { exampleHistories } from '@park-ledger/figures/testing';
import { stack, startReporting, waitFor, type ReportingUnderTest } from '../testing/reporting-harness';

const run = promisify(execFile);
const repoRoot = path.resolve(__dirname, '../../../..');
const histories = exampleHistories.flat(2);
const bearer = () => `Bearer ${stack.token({ roles: ['reader'] })}`;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'summary-pdf-'));

interface Printed {
  readonly status: number;
  readonly headers: Headers;
  readonly file: string;
  readonly ms: number;
}

const fetchPdf = async (service: ReportingUnderTest, query: string, name: string): Promise<Printed> => {
  const started = Date.now();
  const res = await fetch(`${service.url}/reports/annual/2014?format=pdf&${query}`, { headers: { authorization: bearer() } });
  const file = path.join(scratch, `${name}.pdf`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return { status: res.status, headers: res.headers, file, ms: Date.now() - started };
};

/** The PDF's text as poppler extracts it, white space taken out (lines break inside sentences). */
const textOf = async (file: string) => (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout.replace(/\s+/g, '');
const pagesOf = async (file: string) => Number(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [file])).stdout)?.[1]);
const squeezed = (text: string) => text.replace(/\s+/g, '');
const firstOf = (pattern: RegExp, text: string): string => {
  const match = pattern.exec(text);
  if (!match) throw new Error(`nothing matches ${pattern}`);
  return match[1];
};

describe('a reporting service fed one example history of every record kind', () => {
  let service: ReportingUnderTest;
  let html: string;

  beforeAll(async () => {
    service = await startReporting({ app: true });
    await service.produce(histories);
    const applied = async () => Number((await service.sql('select count(*) from reporting_v1.events'))[0].count);
    await waitFor(applied, (n) => n === histories.length, { what: `${histories.length} events applied` });
    html = await (await fetch(`${service.url}/reports/annual/2014`, { headers: { authorization: bearer() } })).text();
  });

  afterAll(async () => {
    await service?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('prints the Chinese summary to an A4 PDF whose text has the first heading and the first figure', async () => {
    const zh = await fetchPdf(service, 'lang=zh', 'zh');
    expect(zh.status).toBe(200);
    expect(zh.headers.get('content-type')).toBe('application/pdf');
    expect(zh.headers.get('x-data-as-of')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(zh.headers.get('content-disposition')).toBe('attachment; filename="park-ledger-summary-2014-zh.pdf"');
    const firstHeading = firstOf(/<h1>([^<]+)<\/h1>/, html);
    const firstSection = firstOf(/<h2>([^<]+)<\/h2>/, html);
    const firstFigure = firstOf(/<a class="figure"[^>]*>([^<]+)<\/a>/, html);
    expect([firstHeading, firstSection]).toEqual(['2014年工业园区工作总结', '总体情况']);
    const text = await textOf(zh.file);
    expect(text).toContain(firstHeading);
    expect(text).toContain(firstSection);
    expect(text).toContain(squeezed(firstFigure));
    expect(text).toContain('工业园区管理委员会');
    expect(text).toMatch(/数据更新至\d{4}-\d\d-\d\d\d\d:\d\d（北京时间）·待处理消息：\d+/);
    expect(text).toMatch(/第1页\/共\d+页/);
    expect(await pagesOf(zh.file)).toBeGreaterThan(0);
    const { stdout: fonts } = await run('pdffonts', [zh.file]);
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    // columns: name type encoding emb sub uni: every font is embedded
    expect(rows.every((row) => / yes +(yes|no) +(yes|no) +\d+ +\d+$/.test(row))).toBe(true);
    mkdirSync(path.join(repoRoot, 'test-artifacts'), { recursive: true });
    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', zh.file, path.join(repoRoot, 'test-artifacts/summary-2014-zh-page1')]);
    process.stdout.write(`zh PDF: ${await pagesOf(zh.file)} pages in ${zh.ms} ms; first figure ${firstFigure}\n`);
  });

  it('prints the English summary with its heading and page numbers', async () => {
    const en = await fetchPdf(service, 'lang=en', 'en');
    expect(en.status).toBe(200);
    expect(en.headers.get('content-disposition')).toBe('attachment; filename="park-ledger-summary-2014-en.pdf"');
    const text = await textOf(en.file);
    expect(text).toContain(squeezed('Industrial Park Annual Work Summary 2014'));
    expect(text).toContain(squeezed('Industrial Park Management Committee'));
    expect(text).toMatch(/Page1of\d+/);
    expect(text).toMatch(/pendingmessages:\d+/);
    process.stdout.write(`en PDF: ${await pagesOf(en.file)} pages in ${en.ms} ms\n`);
  });

  it('prints the summary as known at an earlier record time when asked', async () => {
    const asOf = '2014-01-01T00:00:00+08:00';
    const earlier = await fetchPdf(service, `lang=zh&asOf=${encodeURIComponent(asOf)}`, 'as-of');
    expect(earlier.status).toBe(200);
    const text = await textOf(earlier.file);
    expect(text).toContain(squeezed(`数据截至记录时间 ${asOf}`));
    expect(text).toContain('本年度无相关记录');
  });

  it('prints two summaries asked for at once', async () => {
    const both = await Promise.all([fetchPdf(service, 'lang=zh', 'one'), fetchPdf(service, 'lang=en', 'two')]);
    expect(both.map((p) => p.status)).toEqual([200, 200]);
    expect(await Promise.all(both.map((p) => pagesOf(p.file)))).toEqual([expect.any(Number), expect.any(Number)]);
    process.stdout.write(`two at once: ${both.map((p) => `${p.ms} ms`).join(', ')}\n`);
  });
});
