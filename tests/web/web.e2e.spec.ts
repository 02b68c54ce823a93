import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Partitioners } from 'kafkajs';
import type { EventEnvelope } from '@park-ledger/contracts';
import { publishedAsDepartment, toKafkaMessage } from '@park-ledger/messaging';
// the demo loader is a script under tools/, not a library of the workspace
// eslint-disable-next-line @nx/enforce-module-boundaries
import { loadDemo } from '../../tools/demo/load';
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
    reporting = await startReportingProcess(setup);
    const pick = <T>(f: (d: Department) => T) => Object.fromEntries(DEPARTMENTS.map((d) => [d, f(d)])) as Record<Department, T>;
    await loadDemo({
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
