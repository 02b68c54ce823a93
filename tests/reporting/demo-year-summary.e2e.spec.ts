import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
// the demo loader is a script under tools/, not a library of the workspace
// eslint-disable-next-line @nx/enforce-module-boundaries
import { loadDemo } from '../../tools/demo/load';
import { repoRoot, spawnService, waitForStatus, type RunningService } from '../support/service-process';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';
import { readerToken, reportingSetup, startReportingProcess } from './reporting-process';

jest.setTimeout(600_000);

// The department services publish to this test's own topics (KAFKA_TOPIC_PREFIX), which its reporting
// instance alone reads: the summary counts this load and nothing else.
const DEPARTMENTS = ['projects', 'land', 'safety'] as const;
type Department = (typeof DEPARTMENTS)[number];

async function query<Row>(databaseUrl: string, sql: string): Promise<Row[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** Every event of a department's store. */
const eventCount = async (databaseUrl: string) =>
  Number((await query<{ count: string }>(databaseUrl, 'select count(*) from event_store.events'))[0].count);

/** The summary as text: Markdown links and escapes taken out, so sentences read as printed. */
const markdownText = (md: string) => md.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\(.)/g, '$1');

describe('the demo year loaded through the department services', () => {
  const departments = new Map<Department, { service: RunningService; database: string }>();
  let reporting: RunningService;
  const get = (pathAndQuery: string) =>
    fetch(`${reporting.url}${pathAndQuery}`, { headers: { authorization: `Bearer ${readerToken()}` } });
  const summary = async (query: string) => {
    const res = await get(`/reports/annual/2014?format=md&${query}`);
    expect(res.status).toBe(200);
    return markdownText(await res.text());
  };

  beforeAll(async () => {
    const setup = await reportingSetup();
    await Promise.all(
      DEPARTMENTS.map(async (department) => {
        const database = await stack.createDatabase(`sum_e2e_${department}_${randomSuffix()}`);
        const service = spawnService(department, {
          ...stack.serviceEnv(department),
          DATABASE_URL: database,
          KAFKA_TOPIC_PREFIX: setup.env['KAFKA_TOPIC_PREFIX'],
        });
        departments.set(department, { service, database });
        await waitForStatus(`${service.url}/health/ready`, 200, 120_000);
      }),
    );
    reporting = await startReportingProcess(setup, [...departments.values()].map((d) => d.service));
    const pick = <T>(f: (d: Department) => T) => Object.fromEntries(DEPARTMENTS.map((d) => [d, f(d)])) as Record<Department, T>;
    await loadDemo({
      urls: pick((d) => departments.get(d)!.service.url),
      tokens: pick((department) => stack.token({ roles: ['submitter'], department, sub: 'demo-loader' })),
    });
    let recorded = 0;
    for (const department of DEPARTMENTS) recorded += await eventCount(departments.get(department)!.database);
    await waitFor(
      async () => {
        const [{ count }] = await query<{ count: string }>(setup.env['DATABASE_URL'], 'select count(*) from reporting_v1.events');
        const res = await get('/figures?year=2014&figure=projects.signed');
        const { freshness } = (await res.json()) as { freshness: { topics: { lag: number | null }[] } };
        return Number(count) === recorded && freshness.topics.every((t) => t.lag === 0);
      },
      { timeoutMs: 300_000, intervalMs: 1000, what: 'every demo event applied by reporting' },
    );
  });

  afterAll(async () => {
    await Promise.all([...[...departments.values()].map((d) => d.service), reporting].map((s) => s?.stop()));
  });

  it('writes the 2014 summary in Chinese with the seed’s figures, figure by figure', async () => {
    const zh = await summary('lang=zh');
    for (const sentence of [
      '2014年，园区实现主营业务收入421.5亿元',
      '工业增加值103.5亿元',
      '税金总额23.8亿元',
      '今年园区共签约落户项目44个，其中：城北开发区落户项目28个、福城医药园落户项目13个，盐化基地3个',
      '园区共跟踪洽谈项目41个',
      '金属产业孵化园13个',
      '金属产业科技园12个',
      '医药创业园二期8个',
      '医药物流园二期3个',
      '汽配城2个',
      '盐化工业基地3个',
      '已完成总工程量的70%',
      '已完成总工程量的90%',
      '今年共争取各类项目8个',
      '6300万元',
      '正在争取的项目3个',
      '共清理闲置工业用地593亩，其中依法收回供而未用土地1宗，面积500亩，收回供多建少闲置土地3宗，面积93亩',
      '4家企业上交了整改承诺书',
      '2家企业闲置土地费20万元',
      '清缴拖欠土地使用税739万元',
      '共发放短信提醒312条，上门提醒260人次',
      '3家企业被责令停产整改',
      '园区共处理涉污事件12起，仅占去年26起的46.2%，赔偿金额33万元，仅占去年269万元的12.3%',
      '处理安全事故8起，无一起造成重大负面影响',
    ]) {
      expect(zh).toContain(sentence);
    }
  });

  it('states the same numbers in English', async () => {
    const facts = async () => (await get('/reports/annual/2014?format=json')).json();
    const en = await summary('lang=en');
    for (const phrase of [
      'main business revenue of CNY 42.15 billion',
      'industrial added value of CNY 10.35 billion',
      'taxes of CNY 2.38 billion',
      'This year 44 projects signed and settled in the park: Chengbei Development Zone 28, Fucheng Pharmaceutical Park 13, Salt-Chemical Base 3',
      '41 projects were under negotiation',
      '593 mu',
      'CNY 63 million',
      'CNY 7.39 million',
      '12 pollution incidents (only 46.2% of last year\'s 26), with compensation of CNY 330,000 (only 12.3% of last year\'s CNY 2.69 million)',
      '8 safety accidents, none of which caused a major negative impact',
    ]) {
      expect(en).toContain(phrase);
    }
    expect((await facts()).year).toBe(2014);
  });

  it('prints the 2014 summary to PDF with the seed’s Chinese heading and first figure in its text', async () => {
    const res = await get('/reports/annual/2014?format=pdf&lang=zh');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'summary-pdf-'));
    try {
      const file = path.join(dir, 'summary-2014-zh.pdf');
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const run = promisify(execFile);
      const text = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout.replace(/\s+/g, '');
      expect(text).toContain('2014年工业园区工作总结');
      expect(text).toContain('2014年，园区实现主营业务收入421.5亿元');
      const pages = Number(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [file])).stdout)?.[1]);
      expect(pages).toBeGreaterThan(1);
      mkdirSync(path.join(repoRoot, 'test-artifacts'), { recursive: true });
      await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(repoRoot, 'test-artifacts/summary-2014-demo-zh-page1')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
