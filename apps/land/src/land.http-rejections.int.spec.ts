import {
  leaksInternals,
  randomSuffix,
  stack,
  startServiceUnderTest,
  waitFor,
  type Reply,
  type ServiceUnderTest,
} from '@park-ledger/department/testing';

let land: ServiceUnderTest;

beforeAll(async () => {
  land = await startServiceUnderTest('land', async () => (await import('./app.module')).AppModule);
});

afterAll(() => land?.close());

const occurredAt = '2014-06-30T10:00:00+08:00';
const newParcel = (parcelId = `P-${randomSuffix()}`) => ({
  parcelId,
  occurredAt,
  category: 'supplied-unused',
  zoneId: 'chengbei',
  enterpriseNameZh: '新瑭虹',
  idleAreaCentiMu: 50_000,
});

const storedTypes = async (streamId: string) =>
  (await land.database.query('select type from event_store.events where stream_id = $1 order by stream_version', [streamId])).rows.map(
    (row: { type: string }) => row.type,
  );

/** Waits until everything stored was published and has reached our consumer, so an absence means something. */
async function settledTopic(): Promise<void> {
  const marker = newParcel();
  expect((await land.post('/idle-parcels', marker)).status).toBe(200);
  await land.outboxDrained();
  await waitFor(() => land.published(`idle-parcel-${marker.parcelId}`).length === 1, { what: 'the marker on the topic' });
}

// Bodies refused before routing (415, 413, malformed JSON) carry no correlation id yet: see the report.
const expectError = (res: Reply, statusCode: number, error?: string) => {
  expect({ status: res.status, body: res.body }).toMatchObject({ status: statusCode, body: { statusCode, ...(error ? { error } : {}) } });
  expect(typeof res.body.correlationId).toBe('string');
  expect(leaksInternals(res.text)).toBe(false);
};

describe('a land service with an identified parcel', () => {
  const parcel = newParcel();
  const streamId = `idle-parcel-${parcel.parcelId}`;

  beforeAll(async () => {
    expect((await land.post('/idle-parcels', parcel)).status).toBe(200);
  });

  it('refuses a malformed field with 400 naming it, and stores and publishes nothing', async () => {
    const bad = newParcel();
    const res = await land.post('/idle-parcels', { ...bad, idleAreaCentiMu: 12.5, extra: 1 });
    expectError(res, 400, 'BadRequest');
    expect(res.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^idleAreaCentiMu: /), expect.stringMatching(/^extra: /)]),
    );
    const badPath = await land.post('/idle-parcels/-bad/reclaim', { occurredAt, reclaimedAreaCentiMu: 1 });
    expectError(badPath, 400, 'BadRequest');
    expect(badPath.body.message).toEqual([expect.stringMatching(/^id: /)]);
    const idInBody = await land.post(`/idle-parcels/${parcel.parcelId}/reclaim`, {
      parcelId: 'other',
      occurredAt,
      reclaimedAreaCentiMu: 1,
    });
    expectError(idInBody, 400, 'BadRequest');
    expect(idInBody.body.message).toEqual([expect.stringMatching(/^parcelId: /)]);

    await settledTopic();
    expect(await storedTypes(`idle-parcel-${bad.parcelId}`)).toEqual([]);
    expect(await storedTypes(streamId)).toEqual(['IdleParcelIdentified']);
    expect(land.published(`idle-parcel-${bad.parcelId}`)).toEqual([]);
  });

  it('refuses a broken rule with 422 and a stable code, and stores and publishes nothing', async () => {
    const tooMuch = await land.post(`/idle-parcels/${parcel.parcelId}/reclaim`, { occurredAt, reclaimedAreaCentiMu: 50_001 });
    expectError(tooMuch, 422, 'reclaim-exceeds-idle-area');
    const noReceipt = await land.post(`/idle-parcels/${parcel.parcelId}/correct-fee`, {
      occurredAt,
      receiptNo: 'FEE-404',
      amountYuan: 1,
      reason: 'typo',
    });
    expectError(noReceipt, 422, 'unknown-receipt');
    const again = await land.post('/idle-parcels', parcel);
    expectError(again, 422, 'idle-parcel-already-recorded');

    await settledTopic();
    expect(await storedTypes(streamId)).toEqual(['IdleParcelIdentified']);
    expect(land.published(streamId).map((message) => message.type)).toEqual(['IdleParcelIdentified']);
  });

  it('answers 404 for a record that does not exist, storing nothing', async () => {
    const unknown = `P-${randomSuffix()}`;
    expectError(await land.post(`/idle-parcels/${unknown}/reclaim`, { occurredAt, reclaimedAreaCentiMu: 1 }), 404);
    expectError(await land.get(`/idle-parcels/${unknown}`), 404);
    expectError(await land.get(`/idle-parcels/${unknown}/events`), 404);
    expectError(await land.get(`/relocations/${unknown}`), 404);
    expect(await storedTypes(`idle-parcel-${unknown}`)).toEqual([]);
  });

  it('answers 409 to a change based on a stale version, keeping the newer one', async () => {
    const fresh = newParcel();
    const first = await land.post('/idle-parcels', fresh);
    expect(first.headers.get('etag')).toBe('"1"');
    const basedOnFirst = { 'if-match': '"1"' };
    const reclaimed = await land.post(`/idle-parcels/${fresh.parcelId}/reclaim`, { occurredAt, reclaimedAreaCentiMu: 100 }, basedOnFirst);
    expect(reclaimed.status).toBe(200);
    const stale = await land.post(`/idle-parcels/${fresh.parcelId}/void`, { occurredAt, reason: 'x' }, basedOnFirst);
    expectError(stale, 409);
    expect(await storedTypes(`idle-parcel-${fresh.parcelId}`)).toEqual(['IdleParcelIdentified', 'IdleParcelReclaimed']);
  });

  it('never matches a weak entity tag for a write (RFC 9110), even of the current version', async () => {
    const fresh = newParcel();
    expect((await land.post('/idle-parcels', fresh)).status).toBe(200);
    const weak = await land.post(`/idle-parcels/${fresh.parcelId}/void`, { occurredAt, reason: 'x' }, { 'if-match': 'W/"1"' });
    expectError(weak, 409, 'weak-entity-tag');
    expect(await storedTypes(`idle-parcel-${fresh.parcelId}`)).toEqual(['IdleParcelIdentified']);
  });

  it('takes If-Match: * as "the record exists": a change goes through, a second identification of a new id does not', async () => {
    const fresh = newParcel();
    const exists = { 'if-match': '*' };
    expectError(await land.post('/idle-parcels', fresh, exists), 409);
    expect(await storedTypes(`idle-parcel-${fresh.parcelId}`)).toEqual([]);
    expect((await land.post('/idle-parcels', fresh)).status).toBe(200);
    const reclaimed = await land.post(`/idle-parcels/${fresh.parcelId}/reclaim`, { occurredAt, reclaimedAreaCentiMu: 100 }, exists);
    expect(reclaimed.status).toBe(200);
    expect(await storedTypes(`idle-parcel-${fresh.parcelId}`)).toEqual(['IdleParcelIdentified', 'IdleParcelReclaimed']);
  });
});

describe('a request retried with the same Idempotency-Key', () => {
  it('gets the first response again and records one event', async () => {
    const parcel = newParcel();
    const key = { 'idempotency-key': `retry-${randomSuffix()}` };
    const first = await land.post('/idle-parcels', parcel, key);
    const second = await land.post('/idle-parcels', parcel, key);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(await storedTypes(`idle-parcel-${parcel.parcelId}`)).toEqual(['IdleParcelIdentified']);
  });

  it('gets 409 when the body differs, recording nothing more', async () => {
    const parcel = newParcel();
    const key = { 'idempotency-key': `retry-${randomSuffix()}` };
    expect((await land.post('/idle-parcels', parcel, key)).status).toBe(200);
    expectError(await land.post('/idle-parcels', { ...parcel, idleAreaCentiMu: 1 }, key), 409);
    expect(await storedTypes(`idle-parcel-${parcel.parcelId}`)).toEqual(['IdleParcelIdentified']);
  });
});

describe('a request that is not a JSON command of this department', () => {
  const postRaw = (body: string, headers: Record<string, string>) => land.send('/idle-parcels', { method: 'POST', headers, body });
  const asLand = (contentType: string) => ({ authorization: `Bearer ${land.token}`, 'content-type': contentType });

  it('gets 415 for text/plain', async () => {
    const res = await postRaw(JSON.stringify(newParcel()), asLand('text/plain'));
    expectError(res, 415, 'UnsupportedMediaType');
  });

  it('gets 413 for an oversized body', async () => {
    expectError(await land.post('/idle-parcels', { ...newParcel(), enterpriseNameZh: 'x'.repeat(300_000) }), 413, 'PayloadTooLarge');
  });

  it('gets 400 for malformed JSON', async () => {
    const res = await postRaw('{"parcelId":', asLand('application/json'));
    expectError(res, 400, 'BadRequest');
  });

  it('gets 401 without a token and 403 with another department’s', async () => {
    const parcel = newParcel();
    const body = JSON.stringify(parcel);
    expectError(await postRaw(body, { 'content-type': 'application/json' }), 401);
    const safety = `Bearer ${stack.token({ roles: ['submitter'], department: 'safety' })}`;
    expectError(await postRaw(body, { authorization: safety, 'content-type': 'application/json' }), 403);
    expect(await storedTypes(`idle-parcel-${parcel.parcelId}`)).toEqual([]);
  });
});

describe('a land service and the park registry it learns from the projects service', () => {
  it('refuses a parcel in a zone the registry does not hold with 422 unknown-zone, storing and publishing nothing', async () => {
    const parcel = { ...newParcel(), zoneId: `new-zone-${randomSuffix()}` };
    const res = await land.post('/idle-parcels', parcel);
    expectError(res, 422, 'unknown-zone');
    expect(res.body.message).toContain(parcel.zoneId);
    await settledTopic();
    expect(await storedTypes(`idle-parcel-${parcel.parcelId}`)).toEqual([]);
    expect(land.published(`idle-parcel-${parcel.parcelId}`)).toEqual([]);
  });

  it('accepts the zone once the projects service has registered it, and refuses it again once voided', async () => {
    const zoneId = `new-zone-${randomSuffix()}`;
    await land.registerZone(zoneId);
    const listed = await land.get('/park-zones');
    expect(listed.body).toContainEqual(expect.objectContaining({ zoneId, registered: true }));
    // the copy is fed from Kafka, so it says how current it is: the newest zone change applied, the messages not yet consumed
    expect(new Date(listed.headers.get('x-data-as-of') ?? '').toISOString()).toBe(listed.headers.get('x-data-as-of'));
    expect(listed.headers.get('x-pending-messages')).toMatch(/^\d+$/);
    const parcel = { ...newParcel(), zoneId };
    const key = { 'idempotency-key': `parcel-${parcel.parcelId}` };
    const first = await land.post('/idle-parcels', parcel, key);
    expect(first.status).toBe(200);

    await land.voidZone(zoneId);
    expectError(await land.post('/idle-parcels', { ...newParcel(), zoneId }), 422, 'unknown-zone');
    // a retry of the request recorded before the void is answered as it was, and records nothing twice
    const retry = await land.post('/idle-parcels', parcel, key);
    expect({ status: retry.status, body: retry.body }).toEqual({ status: 200, body: first.body });
    expect(await storedTypes(`idle-parcel-${parcel.parcelId}`)).toEqual(['IdleParcelIdentified']);
  });

  it('checks the zone a correction moves a parcel to', async () => {
    const parcel = newParcel();
    expect((await land.post('/idle-parcels', parcel)).status).toBe(200);
    const { parcelId, ...details } = parcel;
    const res = await land.post(`/idle-parcels/${parcelId}/correct-details`, { ...details, zoneId: 'atlantis', reason: 'moved' });
    expectError(res, 422, 'unknown-zone');
    expect(await storedTypes(`idle-parcel-${parcelId}`)).toEqual(['IdleParcelIdentified']);
  });
});

describe('text and bodies PostgreSQL or the validator could not take', () => {
  const refused = async (body: object | string, field: RegExp) => {
    const parcel = newParcel();
    const res =
      typeof body === 'string'
        ? await land.send('/idle-parcels', {
            method: 'POST',
            headers: { authorization: `Bearer ${land.token}`, 'content-type': 'application/json' },
            body,
          })
        : await land.post('/idle-parcels', { ...parcel, ...body });
    expectError(res, 400, 'BadRequest');
    expect(JSON.stringify(res.body.message)).toMatch(field);
    expect(await storedTypes(`idle-parcel-${parcel.parcelId}`)).toEqual([]);
  };

  it('refuses a NUL character with 400 naming the field, not a 500 from PostgreSQL', () =>
    refused({ enterpriseNameZh: 'a\u0000b' }, /enterpriseNameZh: must not contain a NUL character/));

  it('refuses an unpaired surrogate with 400 naming the field', () =>
    refused({ enterpriseNameZh: 'x\ud800y' }, /enterpriseNameZh: must not contain an unpaired surrogate/));

  it('counts characters as a clerk does: 200 emoji fit a 200-character name, 201 do not', async () => {
    const fits = newParcel();
    const res = await land.post('/idle-parcels', { ...fits, enterpriseNameZh: '🏭'.repeat(200) });
    expect(res.status).toBe(200);
    await refused({ enterpriseNameZh: '🏭'.repeat(201) }, /enterpriseNameZh: enterpriseNameZh must be 1 to 200 characters/);
  });

  it('refuses a body nested 100,000 deep, and an object 50,000 deep inside a field, with 400', async () => {
    await refused('['.repeat(100_000) + ']'.repeat(100_000), /nested deeper than 16 levels/);
    const parcel = newParcel();
    const inner = '{"":'.repeat(50_000) + '1' + '}'.repeat(50_000); // 250,001 bytes: under the 256 KiB limit
    await refused(JSON.stringify(parcel).replace(/}$/, `,"enterpriseNameEn":${inner}}`), /nested deeper than 16 levels/);
  });

  it('refuses __proto__ and constructor keys as it refuses any unknown key', async () => {
    await refused(JSON.stringify(newParcel()).replace(/}$/, ',"__proto__":{"x":1}}'), /__proto__: is not allowed/);
    await refused({ constructor: { prototype: {} } }, /constructor: is not allowed/);
  });
});
