// The committee's year end through the APIs: the demo year loaded, 2014 closed by the office as known
// before the January 2015 corrections (the load's correctionsFrom: the asOf equivalent of closing
// before them), signed off by the director, then a correction recorded after the sign-off. The
// restatement lists exactly the events recorded after the close, each with who and why; the summary
// as filed does not move by a byte; the roles keep each other's hands off.
import { Client } from 'pg';
/* eslint-disable @nx/enforce-module-boundaries -- the demo is loaded by its own tool, as npm start does */
import { loadDemo, type DemoLoadResult } from '../../tools/demo/load';
import { contactOf, enterprises, MISSING_RETURN } from '../../tools/demo/year-2014/economic-returns';
import { recordedTallies } from '../../tools/demo/year-2014/safety-tallies';
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
const safetyClerk = () => stack.token({ roles: ['submitter'], department: 'safety', sub: 'safety-clerk' });

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
  events: { eventId: string; type: string; actor: string; reason: string | null; contribution: number; recordedAt: string; late: unknown }[];
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
  const url2db = (d: Department) => services.get(d)!.database;
  const payloadOf = async (d: Department, eventId: string) =>
    (await query<{ payload: Record<string, unknown> }>(url2db(d), 'select payload from event_store.events where event_id = $1', [eventId]))[0]?.payload;
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

  it('states timeliness as figures: counts per zone and department with the events behind each, the rate a ratio', async () => {
    const asOf = encodeURIComponent(load.correctionsFrom);
    const names = ['timeliness.returns-due', 'timeliness.returns-on-time', 'timeliness.returns-late', 'timeliness.returns-missing', 'timeliness.on-time-rate'];
    const board = await (await get(`/timeliness?year=2014&asOf=${asOf}`)).json();
    const res = await get(`/figures?year=2014&asOf=${asOf}&figure=${names.join(',')}&groupBy=zoneId`);
    expect(res.status).toBe(200);
    const figures = new Map(((await res.json()).figures as { figure: string; value: number; ratioOf?: unknown; breakdown: { dims: { zoneId: string }; value: number; events: string }[] }[]).map((f) => [f.figure, f]));
    expect(names.map((n) => figures.get(n)!.value)).toEqual([board.total.due, board.total.onTime, board.total.late, board.total.missing, board.total.rate]);
    expect(figures.get('timeliness.returns-missing')!.value).toBe(1);
    // the rate is computed per part from its counts, never summed
    const rate = figures.get('timeliness.on-time-rate')!;
    expect(rate.ratioOf).toEqual({ numerator: 'timeliness.returns-on-time', denominator: 'timeliness.returns-due' });
    for (const part of rate.breakdown) {
      const zone = board.byZone.find((z: { key: string }) => z.key === part.dims.zoneId);
      expect(part.value).toBe(zone.rate);
    }
    // per department: the returns are the projects department's
    const byDept = await (await get(`/figures?year=2014&asOf=${asOf}&figure=timeliness.returns-due&groupBy=department`)).json();
    expect(byDept.figures[0].breakdown).toEqual([expect.objectContaining({ dims: { department: 'projects' }, value: board.total.due })]);

    // the missing return's count opens the office's event that made it due; the late ones their filings
    const p2s5 = enterprises.find((e) => e.id === MISSING_RETURN.enterpriseId)!;
    const missingPart = figures.get('timeliness.returns-missing')!.breakdown.find((p) => p.dims.zoneId === p2s5.zoneId)!;
    const missing = await (await get(missingPart.events)).json();
    expect(missing).toMatchObject({ total: 1, value: 1 });
    expect(missing.events[0]).toMatchObject({ department: 'office', record: { kind: 'economic-return', id: `${MISSING_RETURN.enterpriseId}-${MISSING_RETURN.month}` }, contribution: 1 });
    for (const part of figures.get('timeliness.returns-late')!.breakdown) {
      const late = await (await get(`${part.events}&pageSize=500`)).json();
      expect(late.total).toBe(part.value);
      expect(new Set(late.events.map((e: { type: string }) => e.type))).toEqual(new Set(['EconomicReturnSubmitted']));
      const listed = late.events.map((e: { record: { id: string } }) => e.record.id).sort();
      const expected = board.late.filter((l: { zoneId: string }) => l.zoneId === part.dims.zoneId).map((l: { enterpriseId: string; month: string }) => `${l.enterpriseId}-${l.month}`).sort();
      expect(listed).toEqual(expected);
    }
    expect((await get(`/figures/timeliness.on-time-rate/events?year=2014`)).status).toBe(422);

    // the missing list names the zone and the contact, and counts the days overdue to the ledger's business date, not to 2026
    const [gap] = board.missing;
    expect(gap).toMatchObject({ zoneId: p2s5.zoneId, zoneName: { zh: expect.any(String), en: expect.any(String) }, ...contactOf(enterprises.indexOf(p2s5)) });
    expect(gap.zoneName.zh).not.toBe(p2s5.zoneId);
    expect(gap.daysLate).toBeGreaterThanOrEqual(1);
    expect(gap.daysLate).toBeLessThan(31);
    expect(board.businessDate < '2015-02-01').toBe(true);

    const catalogue = (await (await get('/figures/catalogue')).json()).figures;
    expect(catalogue).toContainEqual(expect.objectContaining({ name: 'timeliness.returns-late', source: 'timeliness', dims: ['department', 'zoneId'] }));
  });

  it('tracks the safety department’s monthly tallies as filed with the office: on time, late, missing, counts checked against the records', async () => {
    const asOf = encodeURIComponent(load.correctionsFrom);
    const board = await (await get(`/timeliness?year=2014&asOf=${asOf}`)).json();
    type TallyMonth = { month: string; status: string; due: string; filedOn: string | null; daysLate: number; filingEventId: string | null; agrees: boolean | null; attested: unknown; recorded: unknown };
    const months: TallyMonth[] = board.tallies.months;
    expect(board.tallies.rule).toMatchObject({ ruleId: 'safety-monthly-tally', department: 'safety', dueDay: 5 });
    expect(board.tallies.total).toMatchObject({ due: 12, onTime: 9, late: 2, missing: 1, rate: 75 });
    const of = (m: string) => months.find((t) => t.month === m)!;
    expect(of('2014-05')).toMatchObject({ status: 'late', due: '2014-06-05', filedOn: '2014-06-09', daysLate: 4 });
    expect(of('2014-10')).toMatchObject({ status: 'late', due: '2014-11-05', filedOn: '2014-11-07', daysLate: 2 });
    expect(of('2014-08')).toMatchObject({ status: 'missing', filedOn: null, filingEventId: null, attested: null, agrees: null });
    // the attested counts against the month's records: September's tally is one reminder batch short
    const recorded = recordedTallies();
    expect(of('2014-09')).toMatchObject({ agrees: false, recorded: recorded.get('2014-09'), attested: { ...recorded.get('2014-09'), reminderBatches: recorded.get('2014-09')!.reminderBatches - 1 } });
    expect(months.filter((t) => t.agrees === false).map((t) => t.month)).toEqual(['2014-09']);
    expect(of('2014-03')).toMatchObject({ agrees: true, recorded: recorded.get('2014-03') });
    expect(board.byDepartment).toContainEqual(expect.objectContaining({ key: 'safety', due: 12, onTime: 9, late: 2, missing: 1 }));

    // as figures per department, each count opening the events behind it
    const names = ['timeliness.tallies-due', 'timeliness.tallies-on-time', 'timeliness.tallies-late', 'timeliness.tallies-missing', 'timeliness.tallies-on-time-rate'];
    const figures = (await (await get(`/figures?year=2014&asOf=${asOf}&groupBy=department&figure=${names.join(',')}`)).json()).figures as { figure: string; value: number; breakdown: { dims: unknown; value: number }[] }[];
    expect(names.map((n) => figures.find((f) => f.figure === n)!.value)).toEqual([12, 9, 2, 1, 75]);
    expect(figures.find((f) => f.figure === 'timeliness.tallies-due')!.breakdown).toEqual([expect.objectContaining({ dims: { department: 'safety' }, value: 12 })]);
    const late = await (await get(`/figures/timeliness.tallies-late/events?year=2014&asOf=${asOf}`)).json();
    expect(late.total).toBe(2);
    expect(late.events.map((e: { type: string; record: unknown; eventId: string }) => [e.type, e.record, e.eventId])).toEqual([
      ['SafetyMonthlyTallyFiled', { kind: 'safety-monthly-tally', id: '2014-05' }, of('2014-05').filingEventId],
      ['SafetyMonthlyTallyFiled', { kind: 'safety-monthly-tally', id: '2014-10' }, of('2014-10').filingEventId],
    ]);
    const missing = await (await get(`/figures/timeliness.tallies-missing/events?year=2014&asOf=${asOf}`)).json();
    expect(missing.events).toEqual([expect.objectContaining({ type: 'ObligationRuleSet', department: 'office', record: { kind: 'safety-monthly-tally', id: '2014-08' } })]);
    // 2013 had no tally rule in its calendar: nothing owed
    expect((await (await get('/timeliness?year=2013')).json()).tallies.total.due).toBe(0);

    // the command refuses garbage with a 4xx
    const filing = { month: '2014-09', occurredAt: '2014-10-05T10:00:00+08:00', reminderBatches: 1, inspections: 1 };
    expect((await post('safety', '/monthly-tallies', filing, safetyClerk())).status).toBe(422);
    expect((await post('safety', '/monthly-tallies', { ...filing, month: '2014-13' }, safetyClerk())).status).toBe(400);
    expect((await post('safety', '/monthly-tallies', { ...filing, month: '2014-11', occurredAt: '2014-11-30T10:00:00+08:00' }, safetyClerk())).status).toBe(422);
    expect((await post('safety', '/monthly-tallies', { ...filing, month: '2014-11', reminderBatches: -1 }, safetyClerk())).status).toBe(400);
    expect((await post('safety', '/monthly-tallies/2014-13/correct', { occurredAt: '2014-10-06T10:00:00+08:00', reminderBatches: 1, inspections: 1, reason: 'x' }, safetyClerk())).status).toBe(400);
    expect((await post('safety', '/monthly-tallies/2014-09/correct', { occurredAt: '2014-10-06T10:00:00+08:00', reminderBatches: 1, inspections: 1 }, safetyClerk())).status).toBe(400);
    expect((await post('safety', '/monthly-tallies', filing, projectsClerk())).status).toBe(403);
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
    // the projects department knows the close from the office's topic: a change into 2014 is taken, and marked late
    const closeEventId = (await (await get('/periods/2014')).json()).close.eventId;
    await waitFor(async () => (await query(url2db('projects'), "select 1 from period_closes.closes where period = '2014'")).length === 1, {
      timeoutMs: 60_000,
      intervalMs: 250,
      what: 'the projects service knows 2014 is closed',
    });
    const corrected = await post('projects', `/economic-returns/${enterprise}/2014-12/correct`, correction, projectsClerk());
    expect(corrected.status).toBe(200);
    const correctionId = (await corrected.json()).events[0].eventId;
    await allApplied();
    // the mark is in the stored event; its reason is personal data, sealed there (the restatement below shows it opened)
    expect(await payloadOf('projects', correctionId)).toMatchObject({ reason: { $sealed: 'aes-256-gcm' }, late: { period: '2014', closeEventId, closedAt: expect.any(String) } });

    // a late new fact into the closed year is marked too, with no reason asked: August's tally, never filed,
    // and a December return of an enterprise that had filed none
    await waitFor(async () => (await query(url2db('safety'), "select 1 from period_closes.closes where period = '2014'")).length === 1, {
      timeoutMs: 60_000,
      intervalMs: 250,
      what: 'the safety service knows 2014 is closed',
    });
    const augustTally = await post('safety', '/monthly-tallies', { month: '2014-08', occurredAt: now(), ...recordedTallies().get('2014-08')! }, safetyClerk());
    expect(augustTally.status).toBe(200);
    const augustId = (await augustTally.json()).events[0].eventId;
    expect(await payloadOf('safety', augustId)).toMatchObject({ month: '2014-08', late: { period: '2014', closeEventId } });
    const newcomer = {
      enterpriseId: 'late-newcomer',
      month: '2014-12',
      occurredAt: now(),
      enterpriseNameZh: '迟报新企业',
      zoneId: enterprises[0].zoneId,
      mainBusinessRevenueYuan: 3_000_000,
      industrialAddedValueYuan: 700_000,
      taxesYuan: 90_000,
    };
    const lateReturn = await post('projects', '/economic-returns', newcomer, projectsClerk());
    expect(lateReturn.status).toBe(200);
    const lateReturnId = (await lateReturn.json()).events[0].eventId;
    expect(await payloadOf('projects', lateReturnId)).toMatchObject({ late: { period: '2014', closeEventId } });
    await allApplied();
    const august = (await (await get('/timeliness?year=2014')).json()).tallies.months.find((t: { month: string }) => t.month === '2014-08');
    expect(august).toMatchObject({ status: 'late', filingEventId: augustId, agrees: true });

    const res = await get('/periods/2014/restatement');
    expect(res.status).toBe(200);
    const restatement = (await res.json()) as { verified: boolean; restated: Restated[] };
    const returnsCount = restatement.restated.find((r) => r.figure === 'economy.returns' && Object.keys(r.dims).length === 0)!;
    expect(returnsCount.events.find((e) => e.eventId === lateReturnId)).toMatchObject({ type: 'EconomicReturnSubmitted', reason: null, contribution: 1, late: { period: '2014', closeEventId } });
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
    const lateReturnTaxes = taxes.events.find((e) => e.type === 'EconomicReturnSubmitted' && e.eventId !== lateReturnId)!.contribution;
    expect(taxes.difference).toBe(1_000_000 + lateReturnTaxes + newcomer.taxesYuan);
    expect(taxes.current - taxes.closed).toBe(taxes.difference);
    expect(taxes.events.find((e) => e.eventId === correctionId)).toMatchObject({
      actor: 'projects-clerk',
      reason: correction.reason,
      contribution: 1_000_000,
      late: { period: '2014', closeEventId },
    });
    // the demo's corrections were recorded before the close: restated, but not marked by the department
    expect(taxes.events.find((e) => e.type === 'EconomicReturnSubmitted' && e.eventId !== lateReturnId)).toMatchObject({ late: null });
    const compensation = restatement.restated.find((r) => r.figure === 'safety.pollution-compensation-yuan' && Object.keys(r.dims).length === 0)!;
    expect(compensation.events).toEqual([expect.objectContaining({ actor: 'demo-loader', reason: expect.stringContaining('35000'), type: 'PollutionCompensationCorrected' })]);
    // the timeliness counts are restated too (a close digests them): the missing December return and August's tally came in late
    const total = (figure: string) => restatement.restated.find((r) => r.figure === figure && Object.keys(r.dims).length === 0);
    expect(total('timeliness.returns-missing')).toMatchObject({ closed: 1, current: 0, difference: -1 });
    expect(total('timeliness.returns-missing')!.events).toEqual([expect.objectContaining({ type: 'EconomicReturnSubmitted', streamId: `economic-return-${MISSING_RETURN.enterpriseId}-2014-12`, contribution: -1, late: null })]);
    expect(total('timeliness.returns-due')).toMatchObject({ difference: 1 });
    expect(total('timeliness.returns-due')!.events).toEqual([expect.objectContaining({ eventId: lateReturnId, contribution: 1 })]);
    expect(total('timeliness.tallies-missing')).toMatchObject({ closed: 1, current: 0 });
    expect(total('timeliness.tallies-late')!.events).toEqual([expect.objectContaining({ eventId: augustId, type: 'SafetyMonthlyTallyFiled', contribution: 1, late: { period: '2014', closeEventId, closedAt: expect.any(String) } })]);
    expect(restatement.restated.some((r) => r.figure.endsWith('rate'))).toBe(false);
    // every listed difference is the sum of its events' contributions
    for (const r of restatement.restated) expect(r.events.reduce((t, e) => t + e.contribution, 0)).toBe(r.difference);

    // the summary as filed does not move by a byte; the current one says what was restated and why
    expect(await filed('format=md&lang=zh')).toBe(filedMd);
    expect(await filed('format=html&lang=en')).toBe(filedHtml);
    const zh = await summary('format=md&lang=zh');
    expect(zh).toContain('本报告发布后，以下数据有更正：');
    expect(zh).toContain(correction.reason);
    expect(zh).toContain('赔偿金额误录为53000元');
    expect(zh).toContain(`全年应报企业月报${31 * 12 + 1}份`); // the newcomer's December return
    expect(await summary('format=html&lang=en')).toContain('Since this report was published, the following figures have been restated');
    const period = await (await get('/periods/2014')).json();
    expect(period.asFiled.verified).toBe(true);
  });

  it('is reopened only with a reason', async () => {
    // a correction into an open period (a 2015 return) is not marked, while 2014 is still closed
    const ret = {
      occurredAt: now(),
      enterpriseNameZh: '江西晶昊盐化有限公司',
      zoneId: enterprises[0].zoneId,
      mainBusinessRevenueYuan: 100_000_000,
      industrialAddedValueYuan: 20_000_000,
      taxesYuan: 5_000_000,
    };
    expect((await post('projects', '/economic-returns', { ...ret, enterpriseId: enterprises[0].id, month: '2015-01' }, projectsClerk())).status).toBe(200);
    const open = await post('projects', `/economic-returns/${enterprises[0].id}/2015-01/correct`, { ...ret, occurredAt: now(), taxesYuan: 5_100_000, reason: '税金更正 / taxes corrected' }, projectsClerk());
    expect(open.status).toBe(200);
    const openPayload = await payloadOf('projects', (await open.json()).events[0].eventId);
    expect(openPayload).toMatchObject({ reason: { $sealed: 'aes-256-gcm' }, taxesYuan: 5_100_000 });
    expect(openPayload).not.toHaveProperty('late');

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

    // reopened: the department forgets the close, and a change into 2014 is no longer marked
    await waitFor(async () => (await query(url2db('projects'), "select 1 from period_closes.closes where period = '2014'")).length === 0, {
      timeoutMs: 60_000,
      intervalMs: 250,
      what: 'the projects service knows 2014 is open again',
    });
    const enterprise = 'jinghao-salt-chemical';
    const details = (await (await fetch(`${url('projects')}/economic-returns/${enterprise}/2014-12`, { headers: { authorization: `Bearer ${projectsClerk()}` } })).json())
      .details as Record<string, unknown>;
    const { enterpriseNameZh, zoneId, platformId, mainBusinessRevenueYuan, industrialAddedValueYuan, taxesYuan } = details;
    const reopened = await post(
      'projects',
      `/economic-returns/${enterprise}/2014-12/correct`,
      { occurredAt: now(), enterpriseNameZh, zoneId, ...(platformId ? { platformId } : {}), mainBusinessRevenueYuan, industrialAddedValueYuan, taxesYuan: Number(taxesYuan) - 1, reason: '重新关账前更正 / corrected while reopened' },
      projectsClerk(),
    );
    expect(reopened.status).toBe(200);
    expect(await payloadOf('projects', (await reopened.json()).events[0].eventId)).not.toHaveProperty('late');
  });
});
