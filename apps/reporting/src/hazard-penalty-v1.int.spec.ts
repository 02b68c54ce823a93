import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@park-ledger/contracts';
import { startReporting, waitFor, type ReportingUnderTest } from './testing/reporting-harness';

/**
 * HazardPenaltyImposed and HazardPenaltyCorrected moved to schema v2 (the amount states its currency).
 * The topic keeps the v1 messages a department published before: reporting reads them as v2, live and
 * in a rebuild, and counts them exactly as the v2 ones.
 */
const envelope = (streamId: string, streamVersion: number, type: string, schemaVersion: number, payload: object): EventEnvelope => ({
  eventId: randomUUID(),
  type,
  schemaVersion,
  streamId,
  streamVersion,
  occurredAt: `2014-06-${String(10 + streamVersion).padStart(2, '0')}T02:00:00.000Z`,
  recordedAt: new Date().toISOString(),
  department: 'safety',
  actor: 'reporting-test',
  correlationId: randomUUID(),
  causationId: null,
  payload,
});
const found = (hazardId: string) =>
  envelope(`hazard-${hazardId}`, 1, 'HazardFound', 1, { hazardId, zoneId: 'salt-chemical-base', enterpriseNameZh: '晶昊盐化', descriptionZh: '废水直排' });

describe('penalties on the topic at schema v1 and v2', () => {
  let service: ReportingUnderTest;
  const events = [
    found('v1-a'),
    envelope('hazard-v1-a', 2, 'HazardPenaltyImposed', 1, { hazardId: 'v1-a', amountYuan: 50_000 }),
    envelope('hazard-v1-a', 3, 'HazardPenaltyCorrected', 1, { hazardId: 'v1-a', amountYuan: 30_000, reason: '复议' }),
    found('v2-b'),
    envelope('hazard-v2-b', 2, 'HazardPenaltyImposed', 2, { hazardId: 'v2-b', amount: { value: 20_000, currency: 'CNY' } }),
  ];
  const penalties = async () => {
    const res = await service.get('/figures?year=2014&figure=safety.penalties,safety.penalties-yuan');
    expect(res.status).toBe(200);
    return Object.fromEntries(res.body.figures.map((f: { figure: string; value: number }) => [f.figure, f.value]));
  };
  const applied = async (version: number) =>
    (await service.sql(`select count(*)::int as n from reporting_v${version}.events`))[0].n === events.length;

  beforeAll(async () => {
    service = await startReporting({ app: true });
    await service.produce(events);
    await waitFor(() => applied(1), Boolean, { what: 'the events applied' });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('counts the v1 penalties as the v2 one, nothing parked', async () => {
    expect(await penalties()).toEqual({ 'safety.penalties': 2, 'safety.penalties-yuan': 50_000 });
    expect((await service.sql('select count(*)::int as n from consumer.parked_events'))[0].n).toBe(0);
  });

  it('stores the events it applied at v2', async () => {
    const rows = await service.sql(`select type, payload from reporting_v1.events where type like 'HazardPenalty%' order by type, payload->>'hazardId'`);
    expect(rows.map((r: { payload: object }) => r.payload)).toEqual([
      { hazardId: 'v1-a', amount: { value: 30_000, currency: 'CNY' }, reason: '复议' },
      { hazardId: 'v1-a', amount: { value: 50_000, currency: 'CNY' } },
      { hazardId: 'v2-b', amount: { value: 20_000, currency: 'CNY' } },
    ]);
  });

  it('reads them as v2 again in a rebuild from the topic, with the same figures', async () => {
    expect((await service.post('/admin/rebuild')).status).toBe(202);
    const done = await waitFor(
      async () => (await service.get('/admin/rebuild', 'admin')).body,
      (s) => ['active', 'failed'].includes(s.rebuild.status),
      { what: 'the rebuild to finish' },
    );
    expect(done).toMatchObject({ activeVersion: 2, rebuild: { status: 'active' } });
    expect(await applied(2)).toBe(true);
    expect(await penalties()).toEqual({ 'safety.penalties': 2, 'safety.penalties-yuan': 50_000 });
  });
});
