import { publishedEventsOf, randomSuffix, startProjectsHttp, type ProjectsHttp, type Reply } from './testing/projects-http.harness';

const occurredAt = '2014-05-01T09:00:00+08:00';
const LEAKS = /\.ts:\d+|node_modules|\bat \w+ \(|QueryFailedError|\bselect\b.*\bfrom\b|\binsert into\b|event_store\./i;

describe('a projects service with one zone, platform and phase in the registry', () => {
  let http: ProjectsHttp;
  const run = randomSuffix();
  const zoneId = `chengbei-${run}`;
  const replies: Reply[] = [];

  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const reply = await http.post(path, body, headers);
    replies.push(reply);
    return reply;
  };
  const storedCount = async (streamId: string) => {
    const [{ events }] = await http.query<{ events: number }>(
      'select count(*)::int as events from event_store.events where stream_id = $1',
      [streamId],
    );
    const [{ outbox }] = await http.query<{ outbox: number }>(
      'select count(*)::int as outbox from event_store.outbox where message_key = $1',
      [streamId],
    );
    // each event has its outbox row until the relay published it and deleted the row
    expect(outbox).toBeLessThanOrEqual(events);
    return events;
  };
  /** A command accepted after the refused ones: once it is on the topic, the relay has passed them by. */
  const nothingPublishedFor = async (...streamIds: string[]) => {
    const sentinel = `sentinel-${randomSuffix()}`;
    expect((await post('/milestones', { milestoneId: sentinel, occurredAt, kind: 'exhibition', titleZh: '哨兵', date: '2014-05-01' })).status).toBe(200);
    await publishedEventsOf(http, `milestone-${sentinel}`, 1);
    expect(http.messages.filter((m) => streamIds.includes(m.key))).toEqual([]);
  };
  const work = (workId: string, place: object) => ({
    workId,
    occurredAt,
    nameZh: '城北管网工程',
    kinds: ['pipe-network'],
    stage: 'design',
    ...place,
  });
  const figures = (enterpriseId: string, place: object) => ({
    enterpriseId,
    month: '2014-04',
    occurredAt,
    enterpriseNameZh: '樟树市某企业',
    mainBusinessRevenueYuan: 1_000_000,
    industrialAddedValueYuan: 200_000,
    taxesYuan: 50_000,
    ...place,
  });

  beforeAll(async () => {
    http = await startProjectsHttp();
    for (const [path, body] of [
      ['/zones', { zoneId, occurredAt, nameZh: '城北片区' }],
      [`/zones/${zoneId}/add-platform`, { platformId: 'furniture-park', occurredAt, nameZh: '金属家具产业园' }],
      [`/zones/${zoneId}/add-phase`, { platformId: 'furniture-park', phaseId: 'phase-1', occurredAt, nameZh: '一期' }],
    ] as const) {
      expect((await post(path, body)).status).toBe(200);
    }
  });
  afterAll(() => http?.close());

  it('refuses (422) works and returns in a zone, platform or phase the registry does not hold, naming it', async () => {
    const refusals = [
      [await post('/infrastructure-works', work(`w1-${run}`, { zoneId: 'atlantis', platformId: 'furniture-park' })), 'unknown-zone', 'atlantis'],
      [await post('/infrastructure-works', work(`w2-${run}`, { zoneId, platformId: 'no-such-park' })), 'unknown-platform', 'no-such-park'],
      [await post('/infrastructure-works', work(`w3-${run}`, { zoneId, platformId: 'furniture-park', phaseId: 'phase-9' })), 'unknown-phase', 'phase-9'],
      [await post('/economic-returns', figures(`e1-${run}`, { zoneId: 'atlantis' })), 'unknown-zone', 'atlantis'],
      [await post('/economic-returns', figures(`e2-${run}`, { zoneId, platformId: 'no-such-park' })), 'unknown-platform', 'no-such-park'],
    ] as const;
    for (const [reply, code, id] of refusals) {
      expect(reply.status).toBe(422);
      expect(reply.body).toMatchObject({ statusCode: 422, error: code, message: expect.stringContaining(id) });
    }
    const streams = [1, 2, 3].map((n) => `infrastructure-work-w${n}-${run}`).concat([1, 2].map((n) => `economic-return-e${n}-${run}-2014-04`));
    for (const streamId of streams) expect(await storedCount(streamId)).toBe(0);
    await nothingPublishedFor(...streams);
  });

  it('accepts a work and a return whose zone, platform and phase are registered', async () => {
    expect((await post('/infrastructure-works', work(`ok-${run}`, { zoneId, platformId: 'furniture-park', phaseId: 'phase-1' }))).status).toBe(200);
    expect((await post('/economic-returns', figures(`ok-${run}`, { zoneId, platformId: 'furniture-park' }))).status).toBe(200);
  });

  it('refuses a bad field with 400 naming the field, and stores and publishes nothing', async () => {
    const milestoneId = `bad-${run}`;
    const reply = await post('/milestones', { milestoneId, occurredAt, kind: 'exhibition', titleZh: '', date: '2014-02-30x', isAdmin: true });
    expect(reply.status).toBe(400);
    const fields = (reply.body.message as string[]).map((m) => m.split(':')[0]);
    expect(new Set(fields)).toEqual(new Set(['titleZh', 'date', 'isAdmin']));
    const badPath = await post('/zones/has%20space/add-platform', { platformId: 'x', occurredAt, nameZh: '某园' });
    expect(badPath).toMatchObject({ status: 400, body: { message: [expect.stringMatching(/^id: /)] } });
    const future = await post('/milestones', { milestoneId, occurredAt: '2999-01-01T00:00:00+08:00', kind: 'exhibition', titleZh: '未来', date: '2014-02-01' });
    expect(future).toMatchObject({
      status: 422,
      body: { error: 'occurred-at-out-of-range', message: 'occurredAt: must not be in the future' },
    });
    expect(await storedCount(`milestone-${milestoneId}`)).toBe(0);
    await nothingPublishedFor(`milestone-${milestoneId}`);
  });

  it('refuses a broken business rule with 422 and a stable code, storing nothing more', async () => {
    const workId = `rule-${run}`;
    expect((await post('/infrastructure-works', work(workId, { zoneId, platformId: 'furniture-park', stage: 'tendering' }))).status).toBe(200);
    const backwards = await post(`/infrastructure-works/${workId}/advance-stage`, { occurredAt, stage: 'design' });
    expect(backwards).toMatchObject({ status: 422, body: { statusCode: 422, error: 'stage-not-forward' } });
    expect(await storedCount(`infrastructure-work-${workId}`)).toBe(1);
  });

  it('answers 404 for an unknown record, in commands and reads alike', async () => {
    const grant = await post(`/funding-applications/nope-${run}/grant`, { occurredAt, amountYuan: 1 });
    expect(grant).toMatchObject({ status: 404, body: { error: 'not-found' } });
    expect(await storedCount(`funding-application-nope-${run}`)).toBe(0);
    for (const path of [`/milestones/nope-${run}`, `/zones/nope-${run}/events`, `/economic-returns/nope-${run}/2014-04`]) {
      const reply = await http.get(path);
      replies.push(reply);
      expect({ path, status: reply.status }).toEqual({ path, status: 404 });
    }
  });

  it('answers a retried request (same Idempotency-Key) as the first time, recording one event', async () => {
    const applicationId = `retry-${run}`;
    const body = { applicationId, occurredAt, titleZh: '园区标准厂房补助' };
    const first = await post('/funding-applications', body, { 'idempotency-key': `file-${run}` });
    const again = await post('/funding-applications', body, { 'idempotency-key': `file-${run}` });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await storedCount(`funding-application-${applicationId}`)).toBe(1);
    expect(await publishedEventsOf(http, `funding-application-${applicationId}`, 1)).toHaveLength(1);

    const changed = await post('/funding-applications', { ...body, titleZh: '另一个项目' }, { 'idempotency-key': `file-${run}` });
    expect(changed).toMatchObject({ status: 409, body: { error: 'idempotency-conflict' } });
    expect(await storedCount(`funding-application-${applicationId}`)).toBe(1);
  });

  it('refuses a change based on a stale version (If-Match) with 409', async () => {
    const milestoneId = `etag-${run}`;
    const facts = { occurredAt, kind: 'exhibition', titleZh: '参加药交会', date: '2014-04-20' };
    const recorded = await post('/milestones', { milestoneId, ...facts });
    const etag = recorded.headers.get('etag') ?? '';
    expect(etag).toBe('"1"');
    const corrected = await post(`/milestones/${milestoneId}/correct`, { ...facts, date: '2014-04-21', reason: '日期有误' }, { 'if-match': etag });
    expect(corrected).toMatchObject({ status: 200, body: { version: 2 } });
    const stale = await post(`/milestones/${milestoneId}/void`, { occurredAt, reason: '重复' }, { 'if-match': etag });
    expect(stale).toMatchObject({ status: 409, body: { error: 'concurrency-conflict' } });
    expect(await storedCount(`milestone-${milestoneId}`)).toBe(2);
  });

  it('refuses a body that is not JSON (415) or too large (413)', async () => {
    const text = await http.send('/zones', { method: 'POST', body: 'zoneId=x', headers: { 'content-type': 'text/plain' } });
    expect(text).toMatchObject({ status: 415, body: { statusCode: 415 } });
    const huge = { zoneId: `huge-${run}`, occurredAt, nameZh: 'x'.repeat(3 * 1024 * 1024) };
    const tooLarge = await post('/zones', huge);
    expect(tooLarge).toMatchObject({ status: 413, body: { statusCode: 413 } });
    replies.push(text);
    expect(await storedCount(`zone-huge-${run}`)).toBe(0);
  });

  it('lets only this department’s submitters send commands', async () => {
    const body = { milestoneId: `who-${run}`, occurredAt, kind: 'exhibition', titleZh: '越权', date: '2014-04-20' };
    for (const token of [http.tokens.reader, http.tokens.otherDepartment]) {
      expect((await post('/milestones', body, { authorization: `Bearer ${token}` })).status).toBe(403);
    }
    expect((await post('/milestones', body, { authorization: 'Bearer not-a-token' })).status).toBe(401);
    expect(await storedCount(`milestone-who-${run}`)).toBe(0);
  });

  it('never answered 500, and no error body carries a stack trace or SQL', () => {
    expect(replies.filter((r) => r.status >= 500)).toEqual([]);
    const errors = replies.filter((r) => r.status >= 400);
    expect(errors.length).toBeGreaterThan(15);
    for (const { body, text } of errors) {
      // a 400 adds its errors field by field
      expect(Object.keys(body).sort()).toEqual(['correlationId', 'error', ...(body.statusCode === 400 && 'errors' in body ? ['errors'] : []), 'message', 'statusCode']);
      expect(text).not.toMatch(LEAKS);
    }
  });
});
