// Crypto-shredding end to end: a clerk's name in a correction's reason, sealed in Postgres and on
// Kafka, readable in the department's and reporting's APIs; forgotten, it reads "[erased]" in every
// read path, after a rebuild of either, while the figures stay what they were.
import { Client } from 'pg';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';
import { spawnService, waitForStatus, type RunningService } from '../support/service-process';
import { authorization } from '../support/tokens';
import { reportedFigures } from './oracle';
import { committed, endOffsets, readerToken, reportingSetup, startReportingProcess, type ReportingSetup } from './reporting-process';

jest.setTimeout(600_000);

const CACHE_SECONDS = 4;

describe('personal data, sealed per subject and forgotten', () => {
  let setup: ReportingSetup;
  const services = new Map<'projects' | 'safety', RunningService>();
  let reporting: RunningService;
  let safetyDb: string;
  const tag = `pd${randomSuffix()}`;
  const zoneId = `${tag}-z`;
  const incidentId = `${tag}-i`;
  const clerk = `clerk-${tag}`;
  const name = '张伟';
  const reason = `${name}核对收据后更正`;
  const clerkToken = () => ({ authorization: `Bearer ${stack.token({ sub: clerk, roles: ['submitter'], department: 'safety' })}` });
  const adminHeaders = () => ({ 'content-type': 'application/json', ...authorization('admin', 'safety') });

  const post = async (department: 'projects' | 'safety', path: string, body: object, headers: Record<string, string>) => {
    const res = await fetch(`${services.get(department)!.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const get = async (url: string, headers: Record<string, string>) => {
    const res = await fetch(url, { headers });
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const safety = (path: string) => get(`${services.get('safety')!.url}${path}`, authorization('reader', 'safety'));
  const figureEvents = () =>
    get(`${reporting.url}/figures/safety.pollution-compensation-yuan/events?year=2014&dims=zoneId:${zoneId}`, { authorization: `Bearer ${readerToken()}` }) as Promise<{
      events: { actor: string; reason: string | null; contribution: number }[];
    }>;
  const figures = () => reportedFigures(reporting.url, readerToken(), 2014, [zoneId]);
  const caughtUp = async () => {
    const ends = await endOffsets(setup);
    await waitFor(async () => (await committed(setup)) >= ends, { timeoutMs: 300_000, intervalMs: 500, what: 'reporting caught up' });
  };
  /** The safety topic's messages as a plain kafkajs consumer reads them: value text, nothing decoded. */
  const plainMessages = async (): Promise<string[]> => {
    const consumer = setup.kafka.consumer({ groupId: `pd-plain-${randomSuffix()}` });
    const topic = setup.topics.find((t) => t.endsWith('safety.events'))!;
    const admin = setup.kafka.admin();
    await admin.connect();
    const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
    await admin.disconnect();
    const values: string[] = [];
    const pending = new Set([...ends].filter(([, high]) => high > 0).map(([p]) => p));
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      if (pending.size === 0) resolve();
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            values.push(message.value?.toString('utf8') ?? '');
            if (Number(message.offset) + 1 >= (ends.get(partition) ?? 0)) pending.delete(partition);
            if (pending.size === 0) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
    return values.filter((v) => v.includes(incidentId));
  };

  beforeAll(async () => {
    setup = await reportingSetup();
    for (const department of ['projects', 'safety'] as const) {
      const database = await stack.createDatabase(`pd_${department}_${randomSuffix()}`);
      if (department === 'safety') safetyDb = database;
      const running = spawnService(department, {
        ...stack.serviceEnv(department),
        DATABASE_URL: database,
        KAFKA_TOPIC_PREFIX: setup.env['KAFKA_TOPIC_PREFIX'],
        SUBJECT_KEY_CACHE_SECONDS: String(CACHE_SECONDS),
      });
      services.set(department, running);
      await waitForStatus(`${running.url}/health/ready`, 200, 120_000);
    }
    reporting = await startReportingProcess({ ...setup, env: { ...setup.env, SUBJECT_KEY_CACHE_SECONDS: String(CACHE_SECONDS) } }, [...services.values()]);
  });

  afterAll(async () => {
    await Promise.all([...services.values(), reporting].map((s) => s?.stop()));
  });

  it('is ciphertext on Kafka and in Postgres, plain in the APIs, "[erased]" everywhere after a forget, figures unchanged', async () => {
    const at = (day: string) => `${day}T10:00:00+08:00`;
    await post('projects', '/zones', { zoneId, occurredAt: at('2012-01-05'), nameZh: '园区' }, authorization('submitter', 'projects'));
    await waitFor(
      async () => ((await safety('/park-zones')) as { zoneId: string; registered: boolean }[]).some((z) => z.zoneId === zoneId && z.registered),
      { what: 'safety to know the zone' },
    );
    await post('safety', '/pollution-incidents', { incidentId, zoneId, descriptionZh: '废水外溢', occurredAt: at('2014-03-01') }, clerkToken());
    await post('safety', `/pollution-incidents/${incidentId}/pay-compensation`, { amountYuan: 30_000, occurredAt: at('2014-04-01') }, clerkToken());
    await post('safety', `/pollution-incidents/${incidentId}/correct-compensation`, { amountYuan: 35_000, reason, occurredAt: at('2014-04-02') }, clerkToken());

    // before: the name in the department's record page and history
    expect(await safety(`/pollution-incidents/${incidentId}`)).toMatchObject({ changedBy: clerk, reason });
    const history = (await safety(`/pollution-incidents/${incidentId}/events`)) as { actor: string; payload: { reason?: string } }[];
    expect(history.map((e) => e.actor)).toEqual([clerk, clerk, clerk]);
    expect(history[2].payload.reason).toBe(reason);

    // ...but not on Kafka as a plain client reads it, nor in the store's rows
    // (the topic may still be being created as the relay first publishes: a metadata error is a "not yet")
    const before = await waitFor(
      async () => {
        const messages = await plainMessages().catch(() => undefined);
        return messages?.length === 3 ? messages : undefined;
      },
      { what: 'three messages published' },
    );
    for (const value of before) {
      expect(value).not.toContain(name);
      expect(value).not.toContain(clerk);
    }
    const correction = JSON.parse(before.find((v) => v.includes('PollutionCompensationCorrected'))!);
    expect(correction.payload).toMatchObject({ incidentId, amountYuan: 35_000, reason: { $sealed: 'aes-256-gcm' } });
    expect(correction.actor).toMatch(/^sealed\./);
    console.log(`Kafka message before the forget (plain kafkajs consumer):\n${JSON.stringify(correction, null, 2)}`);
    const db = new Client({ connectionString: safetyDb });
    await db.connect();
    try {
      const rows = (await db.query(`select actor, payload::text as payload from event_store.events where stream_id = $1`, [`pollution-incident-${incidentId}`])).rows;
      expect(rows).toHaveLength(3);
      expect(JSON.stringify(rows)).not.toContain(name);
      expect(JSON.stringify(rows)).not.toContain(clerk);
    } finally {
      await db.end();
    }

    // reporting opens them with the department's key
    await caughtUp();
    const figuresBefore = await figures();
    expect(figuresBefore).toEqual({ 'safety.pollution-compensation-yuan': { [zoneId]: 35_000 }, 'safety.pollution-incidents': { [zoneId]: 1 } });
    const eventsBefore = await figureEvents();
    expect(eventsBefore.events.map((e) => [e.actor, e.reason, e.contribution])).toEqual([
      [clerk, null, 30_000],
      [clerk, reason, 5_000],
    ]);

    // the forget: a reason is required, only an admin may, an unknown subject is 404
    const forgetUrl = (subject: string) => `${services.get('safety')!.url}/admin/subjects/${encodeURIComponent(subject)}/forget`;
    const forgetBody = JSON.stringify({ reason: '本人离职，申请删除个人信息' });
    expect((await fetch(forgetUrl(clerk), { method: 'POST', headers: adminHeaders(), body: '{}' })).status).toBe(400);
    expect((await fetch(forgetUrl(clerk), { method: 'POST', headers: { 'content-type': 'application/json', ...clerkToken() }, body: forgetBody })).status).toBe(403);
    expect((await fetch(forgetUrl(`nobody-${tag}`), { method: 'POST', headers: adminHeaders(), body: forgetBody })).status).toBe(404);
    const first = await fetch(forgetUrl(clerk), { method: 'POST', headers: adminHeaders(), body: forgetBody });
    const forgottenAt = Date.now();
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ outcome: 'forgotten', records: 1 });
    const again = await fetch(forgetUrl(clerk), { method: 'POST', headers: adminHeaders(), body: forgetBody });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ outcome: 'already-forgotten', records: 0 });

    // after, in the department: record page, list, history; and after its read model's rebuild
    const erasedHere = async () => {
      expect(await safety(`/pollution-incidents/${incidentId}`)).toMatchObject({ changedBy: '[erased]', reason: '[erased]' });
      const listed = (await safety(`/pollution-incidents?zone=${zoneId}`)) as { items: { changedBy: string; reason: string }[] };
      expect(listed.items).toEqual([expect.objectContaining({ changedBy: '[erased]', reason: '[erased]' })]);
      const after = (await safety(`/pollution-incidents/${incidentId}/events`)) as { actor: string; payload: { reason?: string; amountYuan?: number } }[];
      expect(after.map((e) => [e.actor, e.payload.reason, e.payload.amountYuan])).toEqual([
        ['[erased]', undefined, undefined],
        ['[erased]', undefined, 30_000],
        ['[erased]', '[erased]', 35_000],
      ]);
    };
    await erasedHere();
    expect((await fetch(`${services.get('safety')!.url}/admin/records/rebuild`, { method: 'POST', headers: adminHeaders(), body: '{}' })).status).toBe(200);
    await erasedHere();

    // in reporting: within the key cache's bound, with the same figures
    const erasedInReporting = await waitFor(
      async () => {
        const page = await figureEvents();
        return page.events.every((e) => e.actor === '[erased]') && page;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: 'reporting to read the forgotten fields as [erased]' },
    );
    const lateBy = Date.now() - forgottenAt;
    expect(lateBy).toBeLessThanOrEqual(CACHE_SECONDS * 1000 + 2_000);
    expect(erasedInReporting.events.map((e) => [e.actor, e.reason, e.contribution])).toEqual([
      ['[erased]', null, 30_000],
      ['[erased]', '[erased]', 5_000],
    ]);
    expect(await figures()).toEqual(figuresBefore);

    // Kafka still holds the same ciphertext: nothing there can be opened any more
    const after = await plainMessages();
    expect(after).toEqual(before);
    console.log(`Kafka message after the forget (unchanged; its key is gone): actor ${JSON.parse(after.find((v) => v.includes('PollutionCompensationCorrected'))!).actor.slice(0, 60)}…`);

    // a rebuild of reporting's read models from the topics: still erased, same figures
    const rebuild = await fetch(`${reporting.url}/admin/rebuild`, { method: 'POST', headers: authorization('admin', 'safety') });
    expect(rebuild.status).toBeLessThan(300);
    await waitFor(
      async () => {
        const res = await fetch(`${reporting.url}/admin/rebuild`, { headers: authorization('admin', 'safety') });
        const s = (await res.json()) as { activeVersion: number; rebuild: { status: string } | null };
        return s.activeVersion === 2 && s.rebuild?.status === 'active';
      },
      { timeoutMs: 300_000, intervalMs: 1000, what: 'the rebuild to finish' },
    );
    expect((await figureEvents()).events.map((e) => [e.actor, e.reason, e.contribution])).toEqual([
      ['[erased]', null, 30_000],
      ['[erased]', '[erased]', 5_000],
    ]);
    expect(await figures()).toEqual(figuresBefore);

    // the clerk writing again gets a new key: the new reason is readable, the old stays erased
    await post('safety', `/pollution-incidents/${incidentId}/correct-compensation`, { amountYuan: 36_000, reason: '再次更正', occurredAt: at('2014-04-03') }, clerkToken());
    const latest = (await safety(`/pollution-incidents/${incidentId}/events`)) as { actor: string; payload: { reason?: string } }[];
    expect(latest.map((e) => [e.actor, e.payload.reason ?? null]).slice(2)).toEqual([
      ['[erased]', '[erased]'],
      [clerk, '再次更正'],
    ]);
  });
});
