import {
  leaksInternals,
  randomSuffix,
  stack,
  startServiceUnderTest,
  waitFor,
  type Reply,
  type ServiceUnderTest,
} from '@park-ledger/department/testing';

let safety: ServiceUnderTest;

beforeAll(async () => {
  safety = await startServiceUnderTest('safety', async () => (await import('./app.module')).AppModule);
});

afterAll(() => safety?.close());

const occurredAt = '2014-06-30T10:00:00+08:00';
const newHazard = (hazardId = `H-${randomSuffix()}`) => ({
  hazardId,
  occurredAt,
  zoneId: 'salt-chemical-base',
  enterpriseNameZh: '晶昊盐化',
  descriptionZh: '高盐废水未经预处理直排',
});

const storedTypes = async (streamId: string) =>
  (await safety.database.query('select type from event_store.events where stream_id = $1 order by stream_version', [streamId])).rows.map(
    (row: { type: string }) => row.type,
  );

/** Waits until everything stored was published and has reached our consumer, so an absence means something. */
async function settledTopic(): Promise<void> {
  const marker = newHazard();
  expect((await safety.post('/hazards', marker)).status).toBe(200);
  await safety.outboxDrained();
  await waitFor(() => safety.published(`hazard-${marker.hazardId}`).length === 1, { what: 'the marker on the topic' });
}

// Bodies refused before routing (415, 413, malformed JSON) carry no correlation id yet: see the report.
const expectError = (res: Reply, statusCode: number, error?: string) => {
  expect({ status: res.status, body: res.body }).toMatchObject({ status: statusCode, body: { statusCode, ...(error ? { error } : {}) } });
  expect(typeof res.body.correlationId).toBe('string');
  expect(leaksInternals(res.text)).toBe(false);
};

describe('a safety service with a reported hazard', () => {
  const found = newHazard();
  const streamId = `hazard-${found.hazardId}`;

  beforeAll(async () => {
    expect((await safety.post('/hazards', found)).status).toBe(200);
  });

  it('refuses a malformed field with 400 naming it, and stores and publishes nothing', async () => {
    const bad = newHazard();
    const res = await safety.post('/hazards', { ...bad, zoneId: '-bad zone', extra: 1 });
    expectError(res, 400, 'BadRequest');
    expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^zoneId: /), expect.stringMatching(/^extra: /)]));
    const order = { occurredAt, stopProduction: 'yes' };
    const notBoolean = await safety.post(`/hazards/${found.hazardId}/order-rectification`, order);
    expectError(notBoolean, 400, 'BadRequest');
    expect(notBoolean.body.message).toEqual([expect.stringMatching(/^stopProduction: /)]);
    const badPath = await safety.post('/hazards/-bad/order-rectification', { ...order, stopProduction: true });
    expectError(badPath, 400, 'BadRequest');
    expect(badPath.body.message).toEqual([expect.stringMatching(/^id: /)]);
    const idInBody = await safety.post(`/hazards/${found.hazardId}/impose-penalty`, { hazardId: 'other', occurredAt, amountYuan: 1 });
    expectError(idInBody, 400, 'BadRequest');
    expect(idInBody.body.message).toEqual([expect.stringMatching(/^hazardId: /)]);

    await settledTopic();
    expect(await storedTypes(`hazard-${bad.hazardId}`)).toEqual([]);
    expect(await storedTypes(streamId)).toEqual(['HazardFound']);
    expect(safety.published(`hazard-${bad.hazardId}`)).toEqual([]);
  });

  it('refuses a broken rule with 422 and a stable code, and stores and publishes nothing', async () => {
    const notOrdered = await safety.post(`/hazards/${found.hazardId}/verify-rectification`, { occurredAt });
    expectError(notOrdered, 422, 'rectification-not-ordered');
    const noPenalty = await safety.post(`/hazards/${found.hazardId}/correct-penalty`, { occurredAt, amountYuan: 1, reason: 'typo' });
    expectError(noPenalty, 422, 'penalty-not-imposed');
    const again = await safety.post('/hazards', found);
    expectError(again, 422, 'hazard-already-recorded');

    await settledTopic();
    expect(await storedTypes(streamId)).toEqual(['HazardFound']);
    expect(safety.published(streamId).map((message) => message.type)).toEqual(['HazardFound']);
  });

  it('answers 404 for a record that does not exist, storing nothing', async () => {
    const unknown = `H-${randomSuffix()}`;
    expectError(await safety.post(`/hazards/${unknown}/impose-penalty`, { occurredAt, amountYuan: 1 }), 404);
    expectError(await safety.get(`/hazards/${unknown}`), 404);
    expectError(await safety.get(`/hazards/${unknown}/events`), 404);
    expectError(await safety.get(`/environmental-facilities/${unknown}`), 404);
    expect(await storedTypes(`hazard-${unknown}`)).toEqual([]);
  });

  it('answers 409 to a change based on a stale version, keeping the newer one', async () => {
    const fresh = newHazard();
    const first = await safety.post('/hazards', fresh);
    expect(first.headers.get('etag')).toBe('"1"');
    const basedOnFirst = { 'if-match': '"1"' };
    const penalised = await safety.post(`/hazards/${fresh.hazardId}/impose-penalty`, { occurredAt, amountYuan: 100 }, basedOnFirst);
    expect(penalised.status).toBe(200);
    const stale = await safety.post(`/hazards/${fresh.hazardId}/void`, { occurredAt, reason: 'x' }, basedOnFirst);
    expectError(stale, 409);
    expect(await storedTypes(`hazard-${fresh.hazardId}`)).toEqual(['HazardFound', 'HazardPenaltyImposed']);
  });
});

describe('a request retried with the same Idempotency-Key', () => {
  it('gets the first response again and records one event', async () => {
    const hazard = newHazard();
    const key = { 'idempotency-key': `retry-${randomSuffix()}` };
    const first = await safety.post('/hazards', hazard, key);
    const second = await safety.post('/hazards', hazard, key);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(await storedTypes(`hazard-${hazard.hazardId}`)).toEqual(['HazardFound']);
  });

  it('gets 409 when the body differs, recording nothing more', async () => {
    const hazard = newHazard();
    const key = { 'idempotency-key': `retry-${randomSuffix()}` };
    expect((await safety.post('/hazards', hazard, key)).status).toBe(200);
    expectError(await safety.post('/hazards', { ...hazard, descriptionZh: '另一隐患' }, key), 409);
    expect(await storedTypes(`hazard-${hazard.hazardId}`)).toEqual(['HazardFound']);
  });
});

describe('a request that is not a JSON command of this department', () => {
  const postRaw = (body: string, headers: Record<string, string>) => safety.send('/hazards', { method: 'POST', headers, body });
  const asSafety = (contentType: string) => ({ authorization: `Bearer ${safety.token}`, 'content-type': contentType });

  it('gets 415 for text/plain', async () => {
    const res = await postRaw(JSON.stringify(newHazard()), asSafety('text/plain'));
    expectError(res, 415, 'UnsupportedMediaType');
  });

  it('gets 413 for an oversized body', async () => {
    expectError(await safety.post('/hazards', { ...newHazard(), enterpriseNameZh: 'x'.repeat(300_000) }), 413, 'PayloadTooLarge');
  });

  it('gets 400 for malformed JSON', async () => {
    const res = await postRaw('{"hazardId":', asSafety('application/json'));
    expectError(res, 400, 'BadRequest');
  });

  it('gets 401 without a token and 403 with another department’s', async () => {
    const hazard = newHazard();
    const body = JSON.stringify(hazard);
    expectError(await postRaw(body, { 'content-type': 'application/json' }), 401);
    const land = `Bearer ${stack.token({ roles: ['submitter'], department: 'land' })}`;
    expectError(await postRaw(body, { authorization: land, 'content-type': 'application/json' }), 403);
    expect(await storedTypes(`hazard-${hazard.hazardId}`)).toEqual([]);
  });
});

describe('a safety service and the park registry it learns from the projects service', () => {
  it('refuses a hazard in a zone the registry does not hold with 422 unknown-zone and stores nothing', async () => {
    const hazard = { ...newHazard(), zoneId: `new-zone-${randomSuffix()}` };
    const res = await safety.post('/hazards', hazard);
    expect({ status: res.status, error: res.body.error }).toEqual({ status: 422, error: 'unknown-zone' });
    expect(await storedTypes(`hazard-${hazard.hazardId}`)).toEqual([]);
    await safety.registerZone(hazard.zoneId);
    expect((await safety.post('/hazards', hazard)).status).toBe(200);
  });
});
