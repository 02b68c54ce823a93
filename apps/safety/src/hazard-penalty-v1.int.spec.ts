import { randomUUID } from 'node:crypto';
import { topicFor } from '@park-ledger/contracts';
import { randomSuffix, stack, startServiceUnderTest, waitFor, type ServiceUnderTest } from '@park-ledger/department/testing';

/**
 * HazardPenaltyImposed and HazardPenaltyCorrected moved to schema v2 (the amount states its currency).
 * Events an older version of the service wrote at v1 stay in its store and on its topic: the service
 * reads them as v2 for its decider, its record reads and a rebuild of its records.
 */
let safety: ServiceUnderTest;
let admin: string;

beforeAll(async () => {
  safety = await startServiceUnderTest('safety', async () => (await import('./app.module')).AppModule);
  admin = `Bearer ${stack.token({ roles: ['admin'], sub: 'ops-admin' })}`;
});

afterAll(() => safety?.close());

const at = (day: string) => `2014-${day}T10:00:00+08:00`;

/** Appends a v1 penalty as the service before v2 wrote it: the event, and its outbox row as it was published. */
async function penaltyWrittenAtV1(hazardId: string, streamVersion: number, amountYuan: number) {
  const envelope = {
    eventId: randomUUID(),
    type: 'HazardPenaltyImposed',
    schemaVersion: 1,
    streamId: `hazard-${hazardId}`,
    streamVersion,
    occurredAt: '2014-06-14T02:00:00.000Z',
    recordedAt: new Date().toISOString(),
    department: 'safety',
    actor: 'clerk-safety',
    correlationId: randomUUID(),
    causationId: null,
    payload: { hazardId, amountYuan },
  };
  await safety.database.query(
    `with appended as (
       insert into event_store.events (event_id, stream_id, stream_version, type, schema_version, occurred_at,
         recorded_at, department, actor, correlation_id, causation_id, payload)
       values ($1, $2, $3, 'HazardPenaltyImposed', 1, $4, $5, 'safety', 'clerk-safety', $6, null, $7)
       returning event_id)
     insert into event_store.outbox (event_id, topic, message_key, envelope) select event_id, $8, $2, $9 from appended`,
    [envelope.eventId, envelope.streamId, streamVersion, envelope.occurredAt, envelope.recordedAt, envelope.correlationId,
      JSON.stringify(envelope.payload), topicFor('safety', safety.topicPrefix), JSON.stringify(envelope)],
  );
  return envelope;
}

describe('a hazard whose penalty was recorded at schema v1', () => {
  const hazardId = `H-${randomSuffix()}`;
  const streamId = `hazard-${hazardId}`;

  beforeAll(async () => {
    await safety.walk(streamId, [
      ['/hazards', { hazardId, occurredAt: at('06-10'), zoneId: 'salt-chemical-base', enterpriseNameZh: '晶昊盐化', descriptionZh: '废水直排' }],
    ]);
    await penaltyWrittenAtV1(hazardId, 2, 50_000);
  });

  it('reads the stored v1 event as v2 in its history', async () => {
    const { body } = await safety.get(`/hazards/${hazardId}/events`);
    const penalty = (body.events ?? body).find((e: { type: string }) => e.type === 'HazardPenaltyImposed');
    expect(penalty).toMatchObject({ schemaVersion: 2, payload: { hazardId, amount: { value: 50_000, currency: 'CNY' } } });
    expect(penalty.payload).not.toHaveProperty('amountYuan');
  });

  it('decides on it as v2: the penalty counts as imposed, so it can be corrected; the correction is stored at v2', async () => {
    const corrected = await safety.post(`/hazards/${hazardId}/correct-penalty`, { occurredAt: at('06-15'), amountYuan: 30_000, reason: '复议' }, { 'if-match': '"2"' });
    expect(corrected.status).toBe(200);
    const { rows } = await safety.database.query(
      `select type, schema_version, payload from event_store.events where stream_id = $1 order by stream_version`,
      [streamId],
    );
    expect(rows.map((r) => [r.type, r.schema_version])).toEqual([
      ['HazardFound', 1],
      ['HazardPenaltyImposed', 1],
      ['HazardPenaltyCorrected', 2],
    ]);
    // stored at v2, its reason sealed (personal data: the clerk's words)
    expect(rows[2].payload).toEqual({ hazardId, amount: { value: 30_000, currency: 'CNY' }, reason: expect.objectContaining({ $sealed: 'aes-256-gcm' }) });
    expect(JSON.stringify(rows[2].payload)).not.toContain('复议');
  });

  it('publishes each event as it was stored (the v1 one at v1: its readers upcast it)', async () => {
    await safety.outboxDrained();
    const published = await waitFor(() => safety.published(streamId).length >= 3 && safety.published(streamId), {
      what: `${streamId} on the topic`,
    });
    expect(published.map((m) => [m.type, m.envelope.schemaVersion])).toEqual([
      ['HazardFound', 1],
      ['HazardPenaltyImposed', 1],
      ['HazardPenaltyCorrected', 2],
    ]);
  });

  it('rebuilds its records from the v1 event read as v2', async () => {
    expect((await safety.send('/admin/records/rebuild', { method: 'POST', headers: { authorization: admin } })).status).toBe(200);
    const { body } = await safety.get(`/hazards/${hazardId}`);
    expect(body).toMatchObject({ version: 3, state: { penaltyImposed: true }, details: { amount: { value: 30_000, currency: 'CNY' } } });
    expect(body.details).not.toHaveProperty('amountYuan');
  });
});
