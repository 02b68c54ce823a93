import { EventRegistry, landEvents } from '@park-ledger/contracts';
import { RecordReads } from '@park-ledger/department';
import { EventStore, SubjectKeys } from '@park-ledger/event-store';
import { randomSuffix, stack, startServiceUnderTest, type ServiceUnderTest } from '@park-ledger/department/testing';
import { DataSource } from 'typeorm';

let land: ServiceUnderTest;
let admin: string;

beforeAll(async () => {
  land = await startServiceUnderTest('land', async () => (await import('./app.module')).AppModule);
  admin = `Bearer ${stack.token({ roles: ['admin'], sub: 'ops-admin' })}`;
});

afterAll(() => land?.close());

const at = (date: string) => `${date}T10:00:00+08:00`;
/** A run's own enterprise names, so its searches find only its parcels. */
const run = randomSuffix();
const parcel = (parcelId: string, date: string, more: object = {}) => [
  '/idle-parcels',
  {
    parcelId,
    occurredAt: at(date),
    category: 'supplied-unused',
    zoneId: 'chengbei',
    enterpriseNameZh: `新瑭虹${run}`,
    enterpriseNameEn: `Xintanghong ${run}`,
    idleAreaCentiMu: 50_000,
    ...more,
  },
] as const;
const identify = async (parcelId: string, date: string, more: object = {}) => {
  const [path, body] = parcel(parcelId, date, more);
  const res = await land.post(path, body);
  expect(res.status).toBe(200);
};
const list = async (query: string) => {
  const res = await land.get(`/idle-parcels?${query}`);
  expect(res.status).toBe(200);
  return res.body as { items: { recordId: string; [field: string]: unknown }[]; nextCursor: string | null };
};
/** Every page of a list, following its cursors; `between` runs after each page. */
const allPages = async (query: string, between: () => Promise<void> = async () => undefined) => {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
    ids.push(...page.items.map((item) => item.recordId));
    cursor = page.nextCursor;
    await between();
  } while (cursor);
  return ids;
};

describe('the idle parcels list', () => {
  it('shows a parcel the moment its POST returns, with its details', async () => {
    const parcelId = `P-${randomSuffix()}`;
    await identify(parcelId, '2014-03-15');
    const { items } = await list(`q=${run}&limit=200`);
    expect(items.find((item) => item.recordId === parcelId)).toMatchObject({
      recordId: parcelId,
      streamId: `idle-parcel-${parcelId}`,
      status: 'Identified',
      zoneId: 'chengbei',
      businessDate: '2014-03-15',
      version: 1,
      changedBy: 'clerk-land',
      corrected: false,
      voided: false,
      reason: null,
      details: { parcelId, category: 'supplied-unused', zoneId: 'chengbei', enterpriseNameZh: `新瑭虹${run}`, idleAreaCentiMu: 50_000 },
    });
  });

  it('a correction changes the list row, and the details say who changed it, when and why', async () => {
    const parcelId = `P-${randomSuffix()}`;
    await identify(parcelId, '2014-04-01');
    const [, { parcelId: _, ...details }] = parcel(parcelId, '2014-04-01');
    const corrected = await land.post(`/idle-parcels/${parcelId}/correct-details`, {
      ...details,
      occurredAt: at('2014-04-02'),
      idleAreaCentiMu: 48_000,
      reason: '测绘面积有误',
    });
    expect(corrected.status).toBe(200);

    const { items } = await list(`q=${run}&corrected=true&limit=200`);
    expect(items.map((item) => item.recordId)).toContain(parcelId);
    expect(items.find((item) => item.recordId === parcelId)).toMatchObject({
      version: 2,
      corrected: true,
      reason: '测绘面积有误',
      details: { idleAreaCentiMu: 48_000 },
    });

    const current = await land.get(`/idle-parcels/${parcelId}`);
    expect(current.headers.get('etag')).toBe('"2"');
    expect(current.body).toMatchObject({
      streamId: `idle-parcel-${parcelId}`,
      version: 2,
      state: { status: 'Identified', idleAreaCentiMu: 48_000 },
      details: { idleAreaCentiMu: 48_000, enterpriseNameZh: `新瑭虹${run}`, zoneId: 'chengbei', category: 'supplied-unused' },
      changedBy: 'clerk-land',
      reason: '测绘面积有误',
      corrected: true,
      voided: false,
    });
    expect(Date.parse(current.body.changedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(current.body.details).not.toHaveProperty('reason');
  });

  it('filters by zone, status, business dates, names, corrected and voided', async () => {
    const tag = randomSuffix();
    const [a, b, c] = ['a', 'b', 'c'].map((x) => `F${x}-${tag}`);
    await identify(a, '2013-05-01', { enterpriseNameZh: `甲${tag}`, enterpriseNameEn: `Alpha ${tag}` });
    await identify(b, '2013-06-01', { enterpriseNameZh: `乙${tag}`, zoneId: 'fucheng' });
    await identify(c, '2013-07-01', { enterpriseNameZh: `丙${tag}` });
    expect((await land.post(`/idle-parcels/${c}/void`, { occurredAt: at('2013-07-02'), reason: 'entered twice' })).status).toBe(200);

    const ids = async (query: string) => (await list(`q=${tag}&${query}`)).items.map((item) => item.recordId);
    expect(await ids('')).toEqual([c, b, a]);
    expect(await ids('zone=fucheng')).toEqual([b]);
    expect(await ids('status=Voided')).toEqual([c]);
    expect(await ids('voided=true')).toEqual([c]);
    expect(await ids('voided=false')).toEqual([b, a]);
    expect(await ids('from=2013-05-15&to=2013-06-30')).toEqual([b]);
    expect(await ids('sort=businessDate&order=asc')).toEqual([a, b, c]);
    expect(await ids('sort=recordedAt&order=asc')).toEqual([a, b, c]);
    expect(await ids('corrected=true')).toEqual([]);
    expect((await list(`q=ALPHA ${tag}`)).items.map((item) => item.recordId)).toEqual([a]);
    expect((await list(`q=${encodeURIComponent(`乙${tag}`)}`)).items.map((item) => item.recordId)).toEqual([b]);
    const voided = (await list(`q=${tag}&voided=true`)).items[0];
    expect(voided).toMatchObject({ status: 'Voided', voided: true, reason: 'entered twice', version: 2 });
  });

  it('pages with a cursor, and no row is seen twice or skipped while others are inserted between pages', async () => {
    const tag = randomSuffix();
    const name = { enterpriseNameZh: `页${tag}` };
    const first = Array.from({ length: 25 }, (_, i) => `PG-${tag}-${String(i).padStart(2, '0')}`);
    // several parcels share a business date: the keyset's id breaks the tie
    for (const [i, id] of first.entries()) await identify(id, `2012-01-${String(1 + (i % 5)).padStart(2, '0')}`, name);

    for (const order of ['asc', 'desc']) {
      for (const sort of ['businessDate', 'recordedAt']) {
        const query = `q=${tag}&limit=50&sort=${sort}&order=${order}`;
        const before = await allPages(query);
        let inserted = 0;
        const seen = await allPages(`q=${tag}&limit=4&sort=${sort}&order=${order}`, async () => {
          // concurrent clerks: new parcels, some sorting before the cursor, some after
          const batch = [0, 1].map((k) => `PG-${tag}-${order}${sort}-${inserted++}-${k}`);
          await Promise.all(batch.map((id, k) => identify(id, k === 0 ? '2012-01-01' : '2012-01-09', name)));
        });
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.filter((id) => before.includes(id))).toEqual(before);
        expect(before).toEqual(expect.arrayContaining(first));
        // what was inserted meanwhile and seen sits where a fresh read puts it
        const after = await allPages(query);
        expect(seen).toEqual(after.filter((id) => seen.includes(id)));
      }
    }
  });

  it('refuses a malformed filter with 400, and a cursor it did not give (or gave for another order) with 422', async () => {
    for (const query of ['limit=0', 'limit=201', 'from=2014-02-30', 'sort=name', 'corrected=yes', 'cursor=%21%21', 'zone=a%20b']) {
      const res = await land.get(`/idle-parcels?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
    const page = await list('limit=1');
    expect(page.nextCursor).not.toBeNull();
    const otherOrder = await land.get(`/idle-parcels?limit=1&order=asc&cursor=${page.nextCursor}`);
    expect(otherOrder.status).toBe(422);
    expect(otherOrder.body).toMatchObject({ error: 'invalid-cursor' });
    const forged = Buffer.from(JSON.stringify(['businessDate', 'desc', '2014-13-01', 'x'])).toString('base64url');
    for (const cursor of [forged, '0', 'abc']) expect((await land.get(`/idle-parcels?cursor=${cursor}`)).status).toBe(422);
  });
});

describe('the records read model', () => {
  it('equals a rebuild from the service’s events', async () => {
    const snapshot = async () =>
      (await land.database.query(`select * from event_store.records order by kind, record_id`)).rows;
    const relocationId = `R-${randomSuffix()}`;
    expect((await land.post('/relocations', { relocationId, occurredAt: at('2014-02-01'), enterpriseNameZh: '赣中氯碱' })).status).toBe(200);
    expect((await land.post(`/relocations/${relocationId}/complete-step`, { occurredAt: at('2014-02-02'), step: 'appraisal' })).status).toBe(200);
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(30);

    const refused = await land.send('/admin/records/rebuild', { method: 'POST', headers: { authorization: `Bearer ${land.token}` } });
    expect(refused.status).toBe(403);
    const rebuilt = await land.send('/admin/records/rebuild', { method: 'POST', headers: { authorization: admin } });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body).toMatchObject({ records: before.length });
    expect(await snapshot()).toEqual(before);
  });

  it('is built at start by a service whose events predate it (just migrated)', async () => {
    const snapshot = async () => (await land.database.query(`select * from event_store.records order by stream_id`)).rows;
    const before = await snapshot();
    await land.database.query(`delete from event_store.records`);
    // the service's database, as the harness gave it to the service
    const dataSource = await new DataSource({ type: 'postgres', url: process.env['DATABASE_URL'] }).initialize();
    try {
      await new RecordReads(dataSource, new EventStore(dataSource, 'land', new EventRegistry(landEvents), { subjectKeys: new SubjectKeys(dataSource, { cacheSeconds: 60 }) })).onApplicationBootstrap();
    } finally {
      await dataSource.destroy();
    }
    expect(await snapshot()).toEqual(before);
  });
});
