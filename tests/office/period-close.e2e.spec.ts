// The committee's year end through the APIs: the demo year loaded, 2014 closed by the office as known
// before the January 2015 corrections (the load's correctionsFrom: the asOf equivalent of closing
// before them), signed off by the director, then a correction recorded after the sign-off. The
// restatement lists exactly the events recorded after the close, each with who and why; the summary
// as filed does not move by a byte; the roles keep each other's hands off.
import { Client } from 'pg';
/* eslint-disable @nx/enforce-module-boundaries -- the demo is loaded by its own tool, as npm start does */
import { loadDemo, type DemoLoadResult } from '../../tools/demo/load';
import { MISSING_RETURN } from '../../tools/demo/year-2014/economic-returns';
/* eslint-enable @nx/enforce-module-boundaries */
import { spawnService, waitForStatus, type RunningService } from '../support/service-process';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';
import { readerToken, reportingSetup, startReportingProcess } from '../reporting/reporting-process';

jest.setTimeout(600_000);

const DEPARTMENTS = ['projects', 'land', 'safety', 'office'] as const;
type Department = (typeof DEPARTMENTS)[number];

const officeClerk = () => stack.token({ roles: ['submitter'], department: 'office', sub: 'office-clerk' });
const director = () => stack.token({ roles: ['approver', 'reader'], sub: 'director' });
const projectsClerk = () => stack.token({ roles: ['submitter'], department: 'projects', sub: 'projects-clerk' });

async function query<Row>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

interface Restated {
  figure: string;
  dims: Record<string, string | null>;
  closed: number;
  current: number;
  difference: number;
  events: { eventId: string; type: string; actor: string; reason: string | null; contribution: number; recordedAt: string }[];
}

describe('2014 closed, signed off and restated', () => {
  const services = new Map<Department, { service: RunningService; database: string }>();
  let reporting: RunningService;
  let reportingDb: string;
  let load: DemoLoadResult;
  const url = (d: Department) => services.get(d)!.service.url;
  const get = (path: string, token = readerToken()) => fetch(`${reporting.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const post = (d: Department, path: string, body: unknown, token: string) =>
    fetch(`${url(d)}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  // the next whole second: never before a moment just past (the close must not precede its asOf, taken
  // with milliseconds a moment ago), and within the services' clock-skew allowance for "not in the future"
  const now = () => new Date(Math.ceil(Date.now() / 1000) * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  const allApplied = async () => {
    let recorded = 0;
    for (const d of DEPARTMENTS) recorded += Number((await query<{ n: string }>(services.get(d)!.database, 'select count(*) as n from event_store.events'))[0].n);
    await waitFor(async () => Number((await query<{ n: string }>(reportingDb, 'select count(*) as n from reporting_v1.events'))[0].n) === recorded, {
      timeoutMs: 300_000,
      intervalMs: 500,
      what: 'every event applied by reporting',
    });
  };
  const summary = async (query: string) => {
    const res = await get(`/reports/annual/2014?${query}`);
    expect(res.status).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    const setup = await reportingSetup();
    reportingDb = setup.env['DATABASE_URL'];
    await Promise.all(
      DEPARTMENTS.map(async (department) => {
        const database = await stack.createDatabase(`close_e2e_${department}_${randomSuffix()}`);
        const service = spawnService(department, { ...stack.serviceEnv(department), DATABASE_URL: database, KAFKA_TOPIC_PREFIX: setup.env['KAFKA_TOPIC_PREFIX'] });
        services.set(department, { service, database });
        await waitForStatus(`${service.url}/health/ready`, 200, 120_000);
      }),
    );
    reporting = await startReportingProcess(setup, [...services.values()].map((d) => d.service));
    const of = <T>(f: (d: Department) => T) => Object.fromEntries(DEPARTMENTS.map((d) => [d, f(d)])) as Record<Department, T>;
    load = await loadDemo({ urls: of(url), tokens: of((department) => stack.token({ roles: ['submitter'], department, sub: 'demo-loader' })) });
    await allApplied();
  });

  afterAll(async () => {
    await Promise.all([...[...services.values()].map((d) => d.service), reporting].map((s) => s?.stop()));
  });

  it('shows the demo year’s timeliness: December’s missing return as known before the corrections, late after them', async () => {
    const before = await (await get(`/timeliness?year=2014&asOf=${encodeURIComponent(load.correctionsFrom)}`)).json();
    expect(before.missing).toEqual([expect.objectContaining({ enterpriseId: MISSING_RETURN.enterpriseId, month: MISSING_RETURN.month, zoneId: expect.any(String) })]);
    expect(before.late.length).toBeGreaterThan(5);
    expect(before.total.due).toBe(31 * 12);
    const after = await (await get('/timeliness?year=2014')).json();
    expect(after.missing).toEqual([]);
    expect(after.late).toContainEqual(expect.objectContaining({ enterpriseId: MISSING_RETURN.enterpriseId, month: '2014-12', due: '2015-01-10', filedOn: MISSING_RETURN.filedOn, daysLate: 13 }));
    // January's deadline was extended past the Spring Festival: nothing of January is late
    expect(after.byMonth.find((m: { key: string }) => m.key === '2014-01')).toMatchObject({ late: 0, missing: 0 });
    expect(after.total.onTime + after.total.late).toBe(after.total.due);
  });

  it('is closed by the office, never by a clerk, signed off by the director, never by the office', async () => {
    const asOf = load.correctionsFrom;
    const filed = await (await get(`/periods/2014/figures?asOf=${encodeURIComponent(asOf)}`, officeClerk())).json();
    expect(filed.digest).toMatch(/^[0-9a-f]{64}$/);
    const close = { occurredAt: now(), asOf, digest: filed.digest, figureCount: filed.figureCount };
    expect((await post('office', '/periods/2014/close', close, projectsClerk())).status).toBe(403);
    expect((await post('office', '/periods/2014/close', { ...close, digest: 'x' }, officeClerk())).status).toBe(400);
    expect((await post('office', '/periods/2014/close', close, officeClerk())).status).toBe(200);
    expect((await post('office', '/periods/2014/close', close, officeClerk())).status).toBe(422);

    const signOff = { occurredAt: now() };
    // the office cannot hold the approver role, and whoever closed cannot sign off under another hat
    expect((await post('office', '/periods/2014/sign-off', signOff, stack.token({ roles: ['approver', 'submitter'], department: 'office', sub: 'office-clerk' }))).status).toBe(403);
    expect((await post('office', '/periods/2014/sign-off', signOff, officeClerk())).status).toBe(403);
    const sameHands = await post('office', '/periods/2014/sign-off', signOff, stack.token({ roles: ['approver'], sub: 'office-clerk' }));
    expect(sameHands.status).toBe(422);
    expect((await sameHands.json()).error).toBe('same-person-closes-and-signs');
    expect((await post('office', '/periods/2014/sign-off', signOff, director())).status).toBe(200);

    await allApplied();
    const period = await (await get('/periods/2014')).json();
    expect(period).toMatchObject({ status: 'signed-off', close: { closedBy: 'office-clerk', asOf, digest: filed.digest }, signedOff: { signedBy: 'director' } });
    expect(period.asFiled).toMatchObject({ verified: true, digest: filed.digest });
  });

  it('lists exactly the late changes with who and why, and the summary as filed stays byte for byte', async () => {
    const filed = async (query: string) => {
      const res = await get(`/periods/2014/summary?${query}`);
      expect(res.status).toBe(200);
      return res.text();
    };
    const filedMd = await filed('format=md&lang=zh');
    const filedHtml = await filed('format=html&lang=en');
    expect(filedMd).toContain('报送版本：office-clerk于');
    expect(filedMd).toContain('director于');
    expect(filedMd).not.toContain('本报告发布后');

    // a correction after the sign-off: the tax office's figures for one December return
    const enterprise = 'jinghao-salt-chemical';
    const current = await (await fetch(`${url('projects')}/economic-returns/${enterprise}/2014-12`, { headers: { authorization: `Bearer ${projectsClerk()}` } })).json();
    const details = current.details as Record<string, unknown>;
    const correction = {
      occurredAt: now(),
      enterpriseNameZh: details['enterpriseNameZh'],
      zoneId: details['zoneId'],
      ...(details['platformId'] ? { platformId: details['platformId'] } : {}),
      mainBusinessRevenueYuan: details['mainBusinessRevenueYuan'],
      industrialAddedValueYuan: details['industrialAddedValueYuan'],
      taxesYuan: Number(details['taxesYuan']) + 1_000_000,
      reason: '税务部门核定12月税金，更正 / taxes as assessed by the tax office',
    };
    const corrected = await post('projects', `/economic-returns/${enterprise}/2014-12/correct`, correction, projectsClerk());
    expect(corrected.status).toBe(200);
    const correctionId = (await corrected.json()).events[0].eventId;
    await allApplied();

    const res = await get('/periods/2014/restatement');
    expect(res.status).toBe(200);
    const restatement = (await res.json()) as { verified: boolean; restated: Restated[] };
    expect(restatement.verified).toBe(true);

    // exactly the department events recorded after the close's asOf: the demo's January corrections, the late return, this one
    const late = await query<{ event_id: string }>(
      reportingDb,
      `select event_id from reporting_v1.events where department <> 'office' and recorded_at > $1`,
      [load.correctionsFrom],
    );
    const listed = new Set(restatement.restated.flatMap((r) => r.events.map((e) => e.eventId)));
    expect([...listed].sort()).toEqual(late.map((r) => r.event_id).sort());
    expect(listed.has(correctionId)).toBe(true);

    const taxes = restatement.restated.find((r) => r.figure === 'economy.taxes' && Object.keys(r.dims).length === 0)!;
    const lateReturnTaxes = taxes.events.find((e) => e.type === 'EconomicReturnSubmitted')!.contribution;
    expect(taxes.difference).toBe(1_000_000 + lateReturnTaxes);
    expect(taxes.current - taxes.closed).toBe(taxes.difference);
    expect(taxes.events.find((e) => e.eventId === correctionId)).toMatchObject({ actor: 'projects-clerk', reason: correction.reason, contribution: 1_000_000 });
    const compensation = restatement.restated.find((r) => r.figure === 'safety.pollution-compensation-yuan' && Object.keys(r.dims).length === 0)!;
    expect(compensation.events).toEqual([expect.objectContaining({ actor: 'demo-loader', reason: expect.stringContaining('35000'), type: 'PollutionCompensationCorrected' })]);
    // every listed difference is the sum of its events' contributions
    for (const r of restatement.restated) expect(r.events.reduce((t, e) => t + e.contribution, 0)).toBe(r.difference);

    // the summary as filed does not move by a byte; the current one says what was restated and why
    expect(await filed('format=md&lang=zh')).toBe(filedMd);
    expect(await filed('format=html&lang=en')).toBe(filedHtml);
    const zh = await summary('format=md&lang=zh');
    expect(zh).toContain('本报告发布后，以下数据有更正：');
    expect(zh).toContain(correction.reason);
    expect(zh).toContain('赔偿金额误录为53000元');
    expect(zh).toContain(`全年应报企业月报${31 * 12}份`);
    expect(await summary('format=html&lang=en')).toContain('Since this report was published, the following figures have been restated');
    const period = await (await get('/periods/2014')).json();
    expect(period.asFiled.verified).toBe(true);
  });

  it('is reopened only with a reason', async () => {
    expect((await post('office', '/periods/2014/reopen', { occurredAt: now() }, officeClerk())).status).toBe(400);
    expect((await post('office', '/periods/2014/reopen', { occurredAt: now(), reason: '' }, officeClerk())).status).toBe(400);
    expect((await post('office', '/periods/2014/reopen', { occurredAt: now(), reason: '12月企业月报更正，重新关账' }, director())).status).toBe(403);
    expect((await post('office', '/periods/2014/reopen', { occurredAt: now(), reason: '12月企业月报更正，重新关账' }, officeClerk())).status).toBe(200);
    await allApplied();
    const period = await (await get('/periods/2014')).json();
    expect(period).toMatchObject({ status: 'open', close: null, asFiled: null });
    expect(period.history.map((e: { type: string }) => e.type)).toEqual(['PeriodClosed', 'PeriodSignedOff', 'PeriodReopened']);
    expect((await get('/periods/2014/restatement')).status).toBe(422);
    expect((await get('/periods/2014-13/restatement')).status).toBe(400);
  });
});
