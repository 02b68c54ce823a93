import { toKafkaMessage } from '@park-ledger/messaging';
import { departments } from '@park-ledger/contracts';
import { startReporting, waitFor, type ReportingUnderTest } from '../testing/reporting-harness';
import { compensated, reported, resetToyStreams, toyCatalogue, toyFix, toyIncidents } from '../testing/toy-projection';

const at = (day: string) => `${day}T02:00:00.000Z`;

describe('poison messages on every department topic, between good events', () => {
  let service: ReportingUnderTest;
  resetToyStreams();
  const good = [reported('g1', 'chengbei', at('2014-03-01')), reported('g2', 'fucheng', at('2014-03-02'))];
  const refused = reported('r1', 'unmapped', at('2014-03-03'));
  const later = reported('g3', 'salt', at('2014-03-04'));

  const incidents = async () => (await service.get('/figures?year=2014&figure=toy.incidents')).body.figures[0].value;
  const parked = async () => (await service.get('/admin/parked', 'admin')).body;
  // per department topic: one message that is not JSON and one event of a type nobody knows; and two bad events
  const poisoned = 2 * departments.length + 2;

  beforeAll(async () => {
    service = await startReporting({ projections: [toyIncidents as never], catalogue: toyCatalogue });
    await service.produce([good[0]]);
    for (const department of departments) {
      await service.produceRaw(department, [
        { key: `poison-${department}`, value: '{"not": json' },
        toKafkaMessage({ ...good[0], eventId: crypto.randomUUID(), type: 'SomethingNobodyKnows', department, streamId: `x-${department}` }),
      ]);
    }
    await service.produce([
      { ...reported('bad', 'chengbei', at('2014-03-01')), payload: { incidentId: 'bad', zoneId: 'chengbei' } },
      refused,
      good[1],
      later,
    ]);
    await waitFor(parked, (p) => p.total === poisoned, { what: `${poisoned} parked events` });
    await waitFor(incidents, (n) => n === 3, { what: 'the good events applied' });
  });

  afterAll(async () => {
    toyFix.deployed = false;
    await service?.close();
  });

  it('parks each with its reason and lets the rest flow', async () => {
    const { parked: list } = await parked();
    const reasons = list.map((p: { reason: string }) => p.reason.split(':')[0]).sort();
    expect(reasons).toEqual([
      'handler-failed',
      ...departments.map(() => 'invalid-envelope'),
      'invalid-payload',
      ...departments.map(() => 'unknown-type'),
    ]);
    expect(new Set(list.map((p: { topic: string }) => p.topic))).toEqual(new Set(Object.values(service.topics)));
    expect(await incidents()).toBe(3);
  });

  it('shows one parked event with its raw bytes as text', async () => {
    const { parked: list } = await parked();
    const garbage = list.find((p: { reason: string }) => p.reason.startsWith('invalid-envelope'));
    const one = await service.get(`/admin/parked/${garbage.id}`, 'admin');
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ rawText: '{"not": json', reason: expect.stringMatching(/not valid JSON/), redrivenAt: null });
  });

  it('redrives an event once the fix is deployed, and only once', async () => {
    const { parked: list } = await parked();
    const failed = list.find((p: { reason: string }) => p.reason.startsWith('handler-failed'));
    expect((await service.post(`/admin/parked/${failed.id}/redrive`)).status).toBe(422);
    toyFix.deployed = true;
    expect(await service.post(`/admin/parked/${failed.id}/redrive`)).toEqual({ status: 200, body: { id: failed.id, status: 'applied' } });
    expect(await incidents()).toBe(4);
    expect((await service.post(`/admin/parked/${failed.id}/redrive`)).status).toBe(409);
    expect((await parked()).total).toBe(poisoned - 1);
  });

  it('lists an event held back by a gap in its stream, waiting for the missing version, until it comes', async () => {
    const first = reported('gap', 'chengbei', at('2014-04-01'));
    const second = compensated('gap', 1000, at('2014-04-02'));
    const held = async () => (await service.get('/admin/parked/held', 'admin')).body;
    const before = await incidents();
    await service.produce([second]);
    const waiting = await waitFor(held, (h) => h.total === 1, { what: 'the second version held' });
    expect(waiting.held).toEqual([
      expect.objectContaining({ department: 'safety', streamId: second.streamId, version: 2, waitingFor: 1, topic: service.topics.safety }),
    ]);
    expect(await incidents()).toBe(before);
    await service.produce([first]);
    await waitFor(held, (h) => h.total === 0, { what: 'the held event released' });
    await waitFor(incidents, (n) => n === before + 1, { what: 'both versions applied' });
    expect((await service.get('/admin/parked/held', 'reader')).status).toBe(403);
    expect((await service.get('/admin/parked/held?pageSize=0', 'admin')).status).toBe(400);
  });

  it('parks a well-formed event that its department’s service did not publish as untrusted; figures stay; no re-drive', async () => {
    const before = await incidents();
    const { total } = await parked();
    const forged = reported('forged', 'chengbei', at('2014-05-01'));
    await service.produceForged('safety', [toKafkaMessage(forged)]);
    const after = await waitFor(parked, (p) => p.total === total + 1, { what: 'the forged event parked' });
    const [newest] = after.parked;
    expect(newest).toMatchObject({ key: forged.streamId, topic: service.topics.safety, reason: expect.stringMatching(/^untrusted: no park-signature header/) });
    expect(await incidents()).toBe(before);
    expect((await service.post(`/admin/parked/${newest.id}/redrive`)).status).toBe(422);
    expect(await incidents()).toBe(before);
  });

  it('answers 404 for an unknown parked event and 403 to a reader', async () => {
    expect((await service.get('/admin/parked/999999', 'admin')).status).toBe(404);
    expect((await service.get('/admin/parked', 'reader')).status).toBe(403);
    expect((await service.post('/admin/parked/1/redrive', 'reader')).status).toBe(403);
  });

  it('counts applied and parked events and the event-to-read-model lag in the metrics', async () => {
    const metrics = await fetch(`${service.url}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(new RegExp(`consumer_parked_total\\{[^}]*code="unknown-type"[^}]*\\} ${departments.length}`));
    expect(metrics).toMatch(/consumer_applied_total\{[^}]*\} [1-9]/);
    expect(metrics).toMatch(/reporting_event_to_read_model_seconds_count\{[^}]*department="safety"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/consumer_lag\{[^}]*partition="\d"[^}]*\} 0/);
  });
});
