import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { Partitioners } from 'kafkajs';
import type { EventEnvelope } from '@park-ledger/contracts';
import { publishedAsDepartment, toKafkaMessage } from '@park-ledger/messaging';
// the demo loader is a script under tools/, not a library of the workspace
/* eslint-disable @nx/enforce-module-boundaries */
import { loadDemo, type DemoLoadResult } from '../../tools/demo/load';
import { contactOf, enterprises, MISSING_RETURN } from '../../tools/demo/year-2014/economic-returns';
/* eslint-enable @nx/enforce-module-boundaries */
import { repoRoot, spawnService, waitForStatus, type RunningService } from '../support/service-process';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';
import { readerToken, reportingSetup, startReportingProcess } from '../reporting/reporting-process';

jest.setTimeout(900_000);

/**
 * A person in a browser: signs in on Keycloak's own page, reads the 2014 dashboard, its drill-down and
 * the summary through the web server (tools/web-server.mjs) on the port the realm's web client allows.
 */
const DEPARTMENTS = ['projects', 'land', 'safety'] as const;
type Department = (typeof DEPARTMENTS)[number];
const WEB_PORT = 23100;
const webRoot = path.join(repoRoot, 'dist/apps/web');
const artifacts = path.join(repoRoot, 'test-artifacts');
const identity = stack.identity();
const password = (username: string) => stack.demoUsers().find((u) => u.username === username)!.password;

/** The web server as its own process, as `npm start` would serve it. */
async function startWeb(services: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const config = { port: WEB_PORT, root: webRoot, services, oidc: { authority: identity.issuer, clientId: identity.webClientId } };
  const child = spawn(process.execPath, [path.join(repoRoot, 'tools/web-server.mjs'), JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const match = /listening on (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`web server exited (${code}): ${out}`)));
  });
  return { url, child };
}

async function signIn(page: Page, username: string, secret = password(username)) {
  await page.waitForURL((url) => url.origin === new URL(identity.url).origin);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(secret);
  await page.locator('#kc-login').click();
}

/** The dashboard drew this period (its data-loaded attribute), waited for as the user would see it. */
const boardLoaded = (page: Page, period: string) => page.locator(`[data-testid="board"][data-loaded="${period}"]`).waitFor();

/** An option of the antd select that is open. */
const option = (page: Page, title: string) =>
  page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title}"]`);

/** Every chart on the page finished drawing (no screenshot of a half-grown bar). */
const chartsDrawn = (page: Page) =>
  page.waitForFunction(() => Array.from(document.querySelectorAll('[data-chart]')).every((c) => c.getAttribute('data-drawn') === 'true'));

const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, name), fullPage: true });

/** The page at the laptop width it has and at a phone's (390 px), then back: `<name>.png`, `<name>-phone.png`. */
async function screenshots(page: Page, name: string) {
  await screenshot(page, `${name}.png`);
  const laptop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  // charts follow their card's new width (echarts resizes on the container's ResizeObserver)
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('[data-chart]')).every((c) => (c.querySelector('canvas')?.clientWidth ?? 0) <= c.clientWidth),
  );
  await screenshot(page, `${name}-phone.png`);
  if (laptop) await page.setViewportSize(laptop);
}

describe('the web app, signed in through Keycloak, over the demo year 2014', () => {
  const departments = new Map<Department, RunningService>();
  let reporting: RunningService;
  let setup: Awaited<ReturnType<typeof reportingSetup>>;
  let web: { url: string; child: ChildProcess };
  let browser: Browser;
  let load: DemoLoadResult;
  const contexts: BrowserContext[] = [];

  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    if (!existsSync(path.join(webRoot, 'index.html'))) {
      execFileSync('npx', ['nx', 'run', 'web:build', '--output-style=static'], { cwd: repoRoot, stdio: 'inherit' });
    }
    setup = await reportingSetup(`web-e2e-${randomSuffix()}.`);
    await Promise.all(
      DEPARTMENTS.map(async (department) => {
        const service = spawnService(department, {
          ...stack.serviceEnv(department),
          DATABASE_URL: await stack.createDatabase(`web_e2e_${department}_${randomSuffix()}`),
          KAFKA_TOPIC_PREFIX: setup.env['KAFKA_TOPIC_PREFIX'],
        });
        departments.set(department, service);
        await waitForStatus(`${service.url}/health/ready`, 200, 120_000);
      }),
    );
    reporting = await startReportingProcess(setup, [...departments.values()]);
    const pick = <T>(f: (d: Department) => T) => Object.fromEntries(DEPARTMENTS.map((d) => [d, f(d)])) as Record<Department, T>;
    load = await loadDemo({
      urls: pick((d) => departments.get(d)!.url),
      tokens: pick((department) => stack.token({ roles: ['submitter'], department, sub: 'demo-loader' })),
    });
    await waitFor(
      async () => {
        const res = await fetch(`${reporting.url}/figures?year=2014&figure=projects.signed`, { headers: { authorization: `Bearer ${readerToken()}` } });
        const { freshness } = (await res.json()) as {
          freshness: { topics: { department: string; lag: number | null; lastRecordedAt: string | null }[] };
        };
        // the office's topic stays empty here (no office service runs): its lag is all that counts
        return freshness.topics.every((t) => t.lag === 0 && (t.lastRecordedAt || t.department === 'office'));
      },
      { timeoutMs: 300_000, intervalMs: 1000, what: 'every demo event applied by reporting' },
    );
    web = await startWeb({ ...pick((d) => departments.get(d)!.url), reporting: reporting.url });
    browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    web?.child.kill('SIGTERM');
    await Promise.all([...departments.values(), reporting].map((s) => s?.stop()));
  });

  it('signs the reader in on Keycloak’s page and back to the route asked for; dashboard, English, a quarter, a drill-down, the summary, sign out', async () => {
    const page = await newPage();
    await page.goto(`${web.url}/?year=2014`);
    await signIn(page, 'reader');
    await page.waitForURL(`${web.url}/?year=2014`);
    await boardLoaded(page, 'year=2014');
    expect(await page.getByTestId('board').textContent()).toContain('421.5亿元');
    expect(await page.getByTestId('user-name').textContent()).toBe('Reader Committee');
    // nothing of the session in localStorage: only the language is remembered there
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(sessionStorage).some((k) => k.startsWith('oidc.user:')))).toBe(true);
    await chartsDrawn(page);
    await screenshots(page, 'web-dashboard-zh');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('CNY 42.15 billion').first().waitFor();
    await chartsDrawn(page);
    expect(await page.evaluate(() => localStorage.getItem('park-ledger.lang'))).toBe('en');
    await screenshots(page, 'web-dashboard-en');

    // a quarter: the figures of Q1 2014
    const q1 = page.waitForResponse((r) => r.url().includes('/api/reporting/figures?year=2014&quarter=1') && r.ok());
    await page.getByTestId('quarter').click();
    await option(page, 'Q1').click();
    await q1;
    await boardLoaded(page, 'year=2014&quarter=1');
    expect(page.url()).toBe(`${web.url}/?year=2014&quarter=1`);

    // back to the whole year, then a figure's events
    await page.getByTestId('quarter').click();
    await option(page, 'Whole year').click();
    await boardLoaded(page, 'year=2014');
    await page.locator('a[data-figure="projects.signed"]').first().click();
    await page.waitForURL(/\/figures\/projects\.signed\?year=2014/);
    const rows = page.getByTestId('drill-down').locator('tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    // exactly the events that made the figure, first page in business time: each signing, +1 in the Contribution column
    await page.getByRole('columnheader', { name: 'Contribution' }).first().waitFor();
    const listed = await page.getByTestId('drill-down').textContent();
    expect(listed).toMatch(/ProjectSigned\+1projects.*project-/);
    expect(listed).not.toContain('ProjectLeadRegistered');
    // who recorded each event: the demo loader's user
    expect(await page.getByTestId('drill-down').textContent()).toContain('demo-loader');
    // titled by the figure's name in English, and drawn once loading has finished (not under its spinner)
    await page.getByRole('heading', { name: /^Events behind: Projects signed/i }).waitFor();
    await page.getByTestId('drill-down').locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await screenshots(page, 'web-drilldown');

    // the summary: year 2014 picked, its number links open the drill-down
    await page.getByRole('menuitem', { name: 'Annual summary' }).click();
    await page.waitForURL(/\/summary\/\d{4}$/);
    await page.getByRole('heading', { name: /^Annual summary \d{4}$/ }).waitFor();
    await page.getByTestId('year').click();
    await page.keyboard.type('2014');
    await option(page, '2014').click();
    await page.waitForURL(`${web.url}/summary/2014`);
    await page.waitForFunction(() => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'));
    const summary = page.getByTestId('summary-document');
    await summary.getByText('CNY 42.15 billion').first().waitFor();
    await screenshots(page, 'web-summary');

    // Markdown and the PDF download, each asked for with the person's token
    const markdown = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    expect((await markdown).suggestedFilename()).toBe('park-ledger-2014-en.md');
    const pdfRequest = page.waitForRequest((r) => r.url().includes('/api/reporting/reports/annual/2014?lang=en&format=pdf'));
    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    expect((await pdfRequest).headers()['authorization']).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    const download = await pdf;
    expect(download.suggestedFilename()).toBe('park-ledger-2014-en.pdf');
    const saved = path.join(artifacts, 'web-summary-2014-en.pdf');
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const link = summary.locator('a.figure').first();
    const figure = await link.getAttribute('data-figure');
    await link.click();
    await page.waitForURL(new RegExp(`/figures/${figure!.replace(/\./g, '\\.')}\\?year=2014`));
    await page.getByTestId('drill-down').locator('tr.ant-table-row').first().waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.origin === new URL(identity.url).origin);
    await page.locator('#username').waitFor();
  });

  it('shows the returns’ timeliness on the dashboard, and the projects clerk’s overdue returns first on the workbench, as known at asOf', async () => {
    const timeliness = async (query: string) =>
      (await (await fetch(`${reporting.url}/timeliness?${query}`, { headers: { authorization: `Bearer ${readerToken()}` } })).json()) as {
        total: { due: number; onTime: number; late: number; missing: number; rate: number };
        byZone: { key: string; rate: number; name: { zh: string } | null }[];
      };
    const board = await timeliness('year=2014');
    expect(board.total.due).toBe(31 * 12);
    const page = await newPage();
    await page.goto(`${web.url}/?year=2014`);
    await signIn(page, 'reader');
    await boardLoaded(page, 'year=2014');
    const card = page.getByTestId('timeliness');
    const rate = card.locator('[data-figure="timeliness.on-time-rate"]');
    await rate.waitFor();
    expect((await rate.textContent())?.trim()).toBe(`${board.total.rate}%`);
    // due, on time, late and missing, each as /timeliness counts them and opening its drill-down
    const text = (await card.textContent()) ?? '';
    for (const [label, value] of [['应报月报', board.total.due], ['按时报送月报', board.total.onTime], ['迟报月报', board.total.late], ['缺报月报', board.total.missing]] as const) {
      expect(text).toMatch(new RegExp(`${label}\\D*${value}`));
    }
    // the rate per zone, by the zone's name
    for (const zone of board.byZone) expect(text).toContain(`${zone.name?.zh ?? zone.key}${zone.rate}%`);
    await card.locator('a[data-figure="timeliness.returns-late"]').first().click();
    await page.waitForURL(/\/figures\/timeliness\.returns-late\?year=2014/);
    const rows = page.getByTestId('drill-down').locator('tr.ant-table-row');
    await rows.first().waitFor();
    expect(await page.getByTestId('drill-down').textContent()).toContain('EconomicReturnSubmitted');

    // the projects clerk's workbench opens on the returns missing as known before the January corrections: one
    const clerk = await newPage();
    const asOf = encodeURIComponent(load.correctionsFrom);
    await clerk.goto(`${web.url}/work/projects?year=2014&asOf=${asOf}`);
    await signIn(clerk, 'projects-clerk');
    await clerk.waitForURL(`${web.url}/work/projects?year=2014&asOf=${asOf}`);
    const overdue = clerk.getByTestId('overdue');
    await overdue.getByText('2014年逾期未报的企业月报：1份').waitFor();
    const p2s5 = enterprises.find((e) => e.id === MISSING_RETURN.enterpriseId)!;
    const { contactName, contactPhone } = contactOf(enterprises.indexOf(p2s5));
    const row = overdue.locator('tr.ant-table-row');
    expect(await row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells).toEqual([expect.any(String), expect.any(String), '2014-12', '2015-01-10', expect.stringMatching(/^\d+$/), `${contactName} ${contactPhone}`]);
    expect(Number(cells[4])).toBeGreaterThan(0);
    await screenshots(clerk, 'web-workbench-overdue');
    // as known now (the return came in late): nothing overdue, and the panel says so
    await clerk.goto(`${web.url}/work/projects?year=2014`);
    await clerk.getByTestId('overdue').getByText('2014年没有逾期未报的企业月报').waitFor();
  });

  it('shows a retry, not a blank page, when reporting fails, and loads on retry', async () => {
    const page = await newPage();
    await page.goto(`${web.url}/?year=2014`);
    await signIn(page, 'reader');
    // signed in and drawn first: a reload during the code exchange would replay a used code
    await boardLoaded(page, 'year=2014');
    await page.route('**/api/reporting/figures?**', (route) =>
      route.fulfill({ status: 502, contentType: 'application/problem+json', body: '{"status":502,"title":"Bad Gateway"}' }),
    );
    await page.reload();
    const retry = page.getByRole('button', { name: '重试' });
    await retry.waitFor();
    await page.unroute('**/api/reporting/figures?**');
    await retry.click();
    await boardLoaded(page, 'year=2014');
  });

  it('tells the land clerk which role /admin needs (403 page), and offers the department area', async () => {
    const page = await newPage();
    await page.goto(`${web.url}/admin`);
    await signIn(page, 'land-clerk');
    await page.waitForURL(`${web.url}/admin`);
    await page.getByText('此页面需要角色“admin”').waitFor();
    await page.getByRole('menuitem', { name: '国土工作台' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '运维管理' }).count()).toBe(0);
    await screenshot(page, 'web-403.png');
  });

  it('shows the admin what was not applied: a forged event parked untrusted (its re-drive refused), a gap held, the rebuild', async () => {
    const incident = `web-e2e-${randomSuffix()}`;
    const safetyEvent = (streamVersion: number, type: string, payload: Record<string, unknown>): EventEnvelope => ({
      eventId: randomUUID(),
      type,
      schemaVersion: 1,
      streamId: `pollution-incident-${incident}-${type}`,
      streamVersion,
      occurredAt: '2014-06-01T02:00:00.000Z',
      recordedAt: new Date().toISOString(),
      department: 'safety',
      actor: 'someone-else',
      correlationId: randomUUID(),
      causationId: null,
      payload,
    });
    const forged = safetyEvent(1, 'PollutionIncidentReported', { incidentId: incident, zoneId: 'chengbei', descriptionZh: '伪造' });
    const gap = safetyEvent(2, 'PollutionCompensationPaid', { incidentId: incident, amountYuan: 1000 });
    const producer = setup.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const topic = setup.topics.find((t) => t.endsWith('park.safety.events'))!;
    // written by a client that is not the safety service (no signature), and by the service with a version missing
    await producer.send({ topic, acks: -1, messages: [toKafkaMessage(forged), publishedAsDepartment((d) => stack.eventSigningKey(d))(gap)] });
    await producer.disconnect();
    const admin = { authorization: `Bearer ${stack.token({ roles: ['admin'] })}` };
    await waitFor(
      async () => {
        const [parked, held] = await Promise.all(
          ['/admin/parked', '/admin/parked/held'].map((p) => fetch(`${reporting.url}${p}`, { headers: admin }).then((r) => r.json())),
        );
        return parked.total === 1 && held.total === 1;
      },
      { timeoutMs: 60_000, what: 'the forged event parked and the gap held' },
    );

    const page = await newPage();
    await page.goto(`${web.url}/admin`);
    await signIn(page, 'admin');
    await page.waitForURL(`${web.url}/admin`);
    await page.getByText(/^untrusted: no park-signature header/).waitFor();
    const held = page.getByTestId('held');
    await held.getByText(gap.streamId).waitFor();
    expect(await held.textContent()).toContain('v1'); // waiting for the missing first version
    await page.getByText('尚未重建').waitFor(); // the rebuild card: the live version, no rebuild yet
    await page.getByRole('button', { name: '重新投递' }).click();
    await page.getByText(/^422 /).waitFor(); // an untrusted event is never re-driven
    await screenshots(page, 'web-admin');
  });

  it('gives the land clerk a workbench: finds a parcel, corrects its area with a reason, records a new one through the generated form, imports a workbook', async () => {
    const page = await newPage();
    await page.goto(`${web.url}/work/land`);
    await signIn(page, 'land-clerk');
    await page.waitForURL(`${web.url}/work/land`);
    const list = page.getByTestId('record-list');
    await list.locator('a[data-record="P-2014-01"]').waitFor();
    // find a parcel by (part of) its enterprise's name
    await page.getByTestId('search').locator('input').fill('利丰化工');
    await page.getByTestId('search').locator('input').press('Enter');
    await page.waitForURL(/[?&]q=/);
    await page.locator('[data-testid="record-list"][data-loaded*="q="]').waitFor();
    const rows = list.locator('tr.ant-table-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('江西利丰化工有限公司');
    await screenshots(page, 'web-workbench-list-zh');

    // its page: details, version, history, the commands its state allows
    await rows.first().locator('a[data-record]').click();
    await page.waitForURL(/\/work\/land\/idle-parcels\/r\/P-2014-03$/);
    const record = page.getByTestId('record');
    await record.waitFor();
    const history = page.getByTestId('history').locator('tr.ant-table-row');
    await history.first().waitFor();
    const eventsBefore = await history.count();
    const versionBefore = Number(await record.getAttribute('data-version'));
    expect(await page.getByTestId('details').textContent()).toContain('江西利丰化工有限公司');
    expect(await page.getByTestId('commands').locator('[data-command="IdentifyIdleParcel"]').count()).toBe(0);

    // correct its area, with a reason; a double click records once (one Idempotency-Key per form open)
    const posts: { key?: string; ifMatch?: string; area?: number }[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/land/idle-parcels/P-2014-03/correct-details')) {
        posts.push({ key: r.headers()['idempotency-key'], ifMatch: r.headers()['if-match'], area: r.postDataJSON()?.idleAreaCentiMu });
      }
    });
    await page.locator('[data-command="CorrectIdleParcel"]').click();
    const form = page.getByTestId('command-form');
    await form.waitFor();
    // the form restates the parcel's details: the clerk changes only what was wrong
    expect(await form.locator('#root_enterpriseNameZh').inputValue()).toBe('江西利丰化工有限公司');
    await form.locator('#root_idleAreaCentiMu').fill('31.5'); // typed in 亩, sent in hundredths (3150)
    await form.locator('#root_reason').fill('面积录入错误，按测绘报告更正');
    await form.getByTestId('submit').dblclick();
    await page.getByTestId('history').locator('tr', { hasText: '面积录入错误，按测绘报告更正' }).waitFor();
    const line = await page.getByTestId('history').locator('tr', { hasText: '面积录入错误，按测绘报告更正' }).textContent();
    expect(line).toContain('land-clerk'); // who
    expect(await history.count()).toBe(eventsBefore + 1); // recorded once
    expect(new Set(posts.map((p) => p.key)).size).toBe(1);
    expect(posts.every((p) => p.ifMatch === `"${versionBefore}"`)).toBe(true);
    expect(posts.every((p) => p.area === 3150)).toBe(true); // 31.5 亩 typed, hundredths sent
    expect(Number(await record.getAttribute('data-version'))).toBe(versionBefore + 1);
    expect(await page.getByTestId('details').textContent()).toContain('31.50 亩');
    await screenshots(page, 'web-workbench-record-zh');

    // someone else changes it meanwhile: the form's If-Match is stale, 409 explained
    await page.locator('[data-command="CorrectIdleParcel"]').click();
    await form.waitFor();
    const land = departments.get('land')!;
    const other = await fetch(`${land.url}/idle-parcels/P-2014-03/correct-details`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.token({ roles: ['submitter'], department: 'land', sub: 'someone-else' })}` },
      body: JSON.stringify({
        category: 'under-built',
        zoneId: 'salt-chemical-base',
        enterpriseNameZh: '江西利丰化工有限公司',
        idleAreaCentiMu: 3160,
        occurredAt: '2014-09-01T10:00:00+08:00',
        reason: '另一位同事的更正',
      }),
    });
    expect(other.status).toBe(200);
    await form.locator('#root_reason').fill('再次更正');
    await form.getByTestId('submit').click();
    await page.getByTestId('form-problem').getByText('他人已修改了这条记录').waitFor();
    await page.getByRole('button', { name: '重新载入' }).click();
    await page.getByTestId('history').locator('tr', { hasText: '另一位同事的更正' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: 'Record time' }).waitFor();
    await screenshots(page, 'web-workbench-record-en');
    await page.getByRole('button', { name: '中文' }).click();

    // a new parcel through the form generated from IdentifyIdleParcel's schema: one field wrong, then right
    await page.goto(`${web.url}/work/land?kind=idle-parcels`);
    await page.getByTestId('new').first().click();
    await page.waitForURL(/\/work\/land\/idle-parcels\/new\/IdentifyIdleParcel$/);
    await form.waitFor();
    const parcelId = `P-WEB-${randomSuffix()}`;
    await form.locator('#root_parcelId').fill(parcelId);
    await form.locator('#root_category').click();
    await option(page, 'supplied-unused').click();
    await form.locator('#root_zoneId').click(); // the zone picked from the park's zones, not typed
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '(chengbei)' }).click();
    await form.locator('#root_enterpriseNameZh').fill('江西网页测试有限公司');
    await form.locator('#root_idleAreaCentiMu').fill('20000000'); // 亩: above the schema's maximum (10,000,000 亩)
    await form.getByTestId('submit').click();
    const areaError = form.locator('[data-field-error="root_idleAreaCentiMu"]');
    await areaError.waitFor();
    expect(await areaError.textContent()).toMatch(/不得大于 10000000$/); // the bound in 亩, as the field is typed
    expect(await form.locator('[data-field-error]').count()).toBe(1); // only that field
    await screenshots(page, 'web-workbench-form-error-zh');
    await page.getByRole('button', { name: 'English' }).click();
    await areaError.getByText(/Must be at most/).waitFor();
    await screenshots(page, 'web-workbench-form-error-en');
    await page.getByRole('button', { name: '中文' }).click();
    await form.locator('#root_idleAreaCentiMu').fill('120');
    await form.getByTestId('submit').click();
    await page.waitForURL(new RegExp(`/work/land/idle-parcels/r/${parcelId}$`));
    await page.getByTestId('details').getByText('江西网页测试有限公司').waitFor();
    expect(await page.getByTestId('history').locator('tr.ant-table-row').count()).toBe(1);

    // the list in English
    await page.goto(`${web.url}/work/land?kind=idle-parcels`);
    await page.getByRole('button', { name: 'English' }).click();
    await list.locator(`a[data-record="${parcelId}"]`).waitFor(); // listed the moment its POST returned
    await page.getByRole('columnheader', { name: 'Last change' }).waitFor();
    await screenshots(page, 'web-workbench-list-en');
    await page.getByRole('button', { name: '中文' }).click();

    // import: the template downloaded (zh headers, en headers, an example row), the example row replaced by a good
    // row and one more in a zone that does not exist; a dry run reports that row, commit records the good one
    await page.goto(`${web.url}/work/land/import`);
    await page.getByTestId('import-command').locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '认定闲置土地' }).click();
    const templateDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载模板' }).click();
    const templatePath = path.join(artifacts, 'web-import-template.xlsx');
    await (await templateDownload).saveAs(templatePath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(templatePath);
    const sheet = workbook.worksheets[0]!;
    // exceljs's row values are 1-based and sparse: index = column number
    const headers = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v ?? ''));
    const column = (...names: string[]) => headers.findIndex((h) => names.some((n) => h.includes(n)));
    const imported = `P-IMP-${randomSuffix()}`;
    const fill = (row: number, zone: string, id: string) => {
      const r = sheet.getRow(row);
      r.getCell(column('地块编号', 'parcelId')).value = id;
      r.getCell(column('闲置类别', 'category')).value = 'supplied-unused';
      r.getCell(column('园区', 'zoneId')).value = zone;
      r.getCell(column('企业名称（中文）', 'enterpriseNameZh')).value = '江西导入测试有限公司';
      r.getCell(column('闲置面积', 'idleAreaCentiMu')).value = 4200;
      r.getCell(column('发生时间', 'occurredAt')).value = '2014-10-08T09:00:00+08:00';
      r.commit();
    };
    sheet.getRow(3).eachCell((cell) => (cell.value = null));
    fill(3, 'chengbei', imported);
    fill(4, 'no-such-zone', `${imported}-2`);
    const upload = path.join(artifacts, 'web-import-upload.xlsx');
    await workbook.xlsx.writeFile(upload);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('upload').click();
    await (await chooser).setFiles(upload);
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.getAttribute('data-mode')).toBe('dry-run');
    const errorRows = page.getByTestId('import-errors').locator('tr.ant-table-row');
    await errorRows.first().waitFor();
    expect(await errorRows.count()).toBe(1);
    expect(await errorRows.first().textContent()).toMatch(/^4园区/); // the row with the unknown zone, at its field
    await screenshots(page, 'web-workbench-import-zh');
    await page.getByTestId('commit').click();
    await page.locator('[data-testid="import-report"][data-mode="commit"]').waitFor();
    const listed = await fetch(`${departments.get('land')!.url}/idle-parcels/${imported}`, {
      headers: { authorization: `Bearer ${stack.token({ roles: ['submitter'], department: 'land' })}` },
    });
    expect(listed.status).toBe(200);
    const reportDownload = page.waitForEvent('download');
    await page.getByTestId('download-report').click();
    const reportPath = path.join(artifacts, 'web-import-report.xlsx');
    await (await reportDownload).saveAs(reportPath);
    const reportBook = new ExcelJS.Workbook();
    await reportBook.xlsx.readFile(reportPath);
    expect(reportBook.worksheets[0]!.rowCount).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: 'Problem' }).waitFor();
    await screenshots(page, 'web-workbench-import-en');
  });

  it('keeps the land workbench from the projects clerk: not in the menu, 403 at its address', async () => {
    const page = await newPage();
    await page.goto(`${web.url}/work/land`);
    await signIn(page, 'projects-clerk');
    await page.waitForURL(`${web.url}/work/land`);
    await page.getByText('此页面需要角色“submitter (land)”').waitFor();
    await page.getByRole('menuitem', { name: '招商项目工作台' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '国土工作台' }).count()).toBe(0);
    // their own workbench lists their own records
    await page.getByRole('menuitem', { name: '招商项目工作台' }).click();
    await page.getByTestId('record-list').locator('a[data-record]').first().waitFor();
  });

  it('leaves a wrong password on Keycloak’s page with its error, no way in', async () => {
    const page = await newPage();
    await page.goto(`${web.url}/`);
    await signIn(page, 'reader', 'not-the-password');
    await page.locator('#input-error, .kc-feedback-text, [data-testid="input-error"]').first().waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(identity.url).origin);
    await page.goto(`${web.url}/config.json`);
    expect(await page.evaluate(() => Object.keys(sessionStorage).some((k) => k.startsWith('oidc.user:')))).toBe(false);
  });
});
