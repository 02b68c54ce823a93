import { randomSuffix, startServiceUnderTest, waitFor, type ServiceUnderTest } from '@park-ledger/department/testing';

/**
 * Retention: with a TTL of 10 s and a purge every second, an idempotency key is forgotten within 11 s
 * of its first use; a retry after that is a new command: refused where the record itself guards
 * against it (a fee's receipt number), recorded anew where nothing does (the stated trade-off).
 * Outbox rows are deleted once on Kafka; the events stay.
 */
let land: ServiceUnderTest;

beforeAll(async () => {
  process.env.IDEMPOTENCY_KEY_TTL_SECONDS = '10';
  process.env.RETENTION_PURGE_INTERVAL_SECONDS = '1';
  land = await startServiceUnderTest('land', async () => (await import('./app.module')).AppModule);
});

afterAll(async () => {
  await land?.close();
  delete process.env.IDEMPOTENCY_KEY_TTL_SECONDS;
  delete process.env.RETENTION_PURGE_INTERVAL_SECONDS;
});

const at = (day: string) => `2014-${day}T10:00:00+08:00`;

it('answers a retry within the TTL with the first result, forgets the key after it, and then meets the decider again', async () => {
  const parcelId = `P-${randomSuffix()}`;
  const details = { category: 'supplied-unused', zoneId: 'chengbei', enterpriseNameZh: '新瑭虹', idleAreaCentiMu: 50_000 };
  expect((await land.post('/idle-parcels', { parcelId, occurredAt: at('06-30'), ...details })).status).toBe(200);
  const feeKey = { 'idempotency-key': `fee-${randomSuffix()}` };
  const correctionKey = { 'idempotency-key': `area-${randomSuffix()}` };
  const fee = { occurredAt: at('07-01'), receiptNo: 'FEE-2014-009', amountYuan: 1_000 };
  const correction = { occurredAt: at('07-02'), ...details, idleAreaCentiMu: 48_000, reason: '复测' };
  const first = [
    await land.post(`/idle-parcels/${parcelId}/collect-fee`, fee, feeKey),
    await land.post(`/idle-parcels/${parcelId}/correct-details`, correction, correctionKey),
  ];
  const retried = [
    await land.post(`/idle-parcels/${parcelId}/collect-fee`, fee, feeKey),
    await land.post(`/idle-parcels/${parcelId}/correct-details`, correction, correctionKey),
  ];
  expect(first.map((r) => r.status)).toEqual([200, 200]);
  expect(retried.map((r) => r.body)).toEqual(first.map((r) => r.body));
  const stored = async () =>
    (
      // stored per actor: a key is the clerk's own
      await land.database.query('select count(*)::int as n from event_store.idempotency_keys where idempotency_key = any($1)', [
        [feeKey['idempotency-key'], correctionKey['idempotency-key']].map((key) => `clerk-land:${key}`),
      ])
    ).rows[0].n;
  expect(await stored()).toBe(2);

  await waitFor(async () => (await stored()) === 0, { what: 'the keys to be forgotten', timeoutMs: 30_000 });
  // the fee's receipt number guards it in the record itself; the correction has no such guard
  const lateFee = await land.post(`/idle-parcels/${parcelId}/collect-fee`, fee, feeKey);
  expect(lateFee.status).toBe(422);
  const lateCorrection = await land.post(`/idle-parcels/${parcelId}/correct-details`, correction, correctionKey);
  expect(lateCorrection.status).toBe(200);
  const { body } = await land.get(`/idle-parcels/${parcelId}/events`);
  const types = (body.events ?? body).map((e: { type: string }) => e.type);
  expect(types).toEqual(['IdleParcelIdentified', 'IdleLandFeeCollected', 'IdleParcelDetailsCorrected', 'IdleParcelDetailsCorrected']);

  // on Kafka, the outbox rows are gone; the events stay
  await land.outboxDrained();
  expect((await land.database.query('select count(*)::int as n from event_store.outbox where message_key = $1', [`idle-parcel-${parcelId}`])).rows[0].n).toBe(0);
  expect(land.published(`idle-parcel-${parcelId}`).map((m) => m.type)).toEqual(types);
});
