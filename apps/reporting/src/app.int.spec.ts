import { randomUUID } from 'node:crypto';
import type { Department, EventEnvelope } from '@park-ledger/contracts';
import { startReporting, waitFor, type ReportingUnderTest } from './testing/reporting-harness';

const envelope = (department: Department, streamId: string, streamVersion: number, type: string, payload: object, occurredAt: string): EventEnvelope => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  streamId,
  streamVersion,
  occurredAt,
  recordedAt: new Date().toISOString(),
  department,
  actor: 'reporting-test',
  correlationId: randomUUID(),
  causationId: null,
  payload,
});

function signedProject(projectId: string, zoneId: string, signedOn: string): EventEnvelope[] {
  const stream = `project-${projectId}`;
  const details = {
    projectId,
    nameZh: `项目${projectId}`,
    zoneId,
    platformId: `${zoneId}-park`,
    industry: 'furniture',
    investorNameZh: '投资方',
    plannedInvestmentYuan: 10_000_000,
  };
  return [
    envelope('projects', stream, 1, 'ProjectLeadRegistered', details, '2013-01-10T02:00:00.000Z'),
    envelope('projects', stream, 2, 'ProjectSigned', { projectId }, signedOn),
  ];
}

describe('the reporting service with its own read models, fed projects signed in 2013 and 2014', () => {
  let service: ReportingUnderTest;
  const events = [
    ...signedProject('p1', 'chengbei', '2013-06-01T02:00:00.000Z'),
    ...signedProject('p2', 'chengbei', '2014-03-01T02:00:00.000Z'),
    ...signedProject('p3', 'fucheng', '2014-09-01T02:00:00.000Z'),
  ];

  beforeAll(async () => {
    service = await startReporting({ app: true });
    await service.produce(events);
    await waitFor(
      async () => (await service.sql('select count(*)::int as n from reporting_v1.events'))[0].n,
      (n) => n === events.length,
      { what: 'the events applied' },
    );
  });

  afterAll(async () => {
    await service?.close();
  });

  it('counts the projects signed in the year by zone, beside the year before', async () => {
    const res = await service.get('/figures?year=2014&figure=projects.signed,projects.signed-to-date&groupBy=zoneId');
    expect(res.status).toBe(200);
    const [signed, toDate] = res.body.figures;
    expect(signed).toMatchObject({ figure: 'projects.signed', value: 2, previous: 1, change: { percentOfPrevious: 200 } });
    expect(signed.breakdown.map((p: { dims: object; value: number }) => [p.dims, p.value])).toEqual([
      [{ zoneId: 'chengbei' }, 1],
      [{ zoneId: 'fucheng' }, 1],
    ]);
    expect(toDate).toMatchObject({ kind: 'stock', value: 3, previous: 1 });
  });

  it('documents its queries and admin operations in OpenAPI', async () => {
    const doc = (await fetch(`${service.url}/docs/openapi.json`).then((r) => r.json())) as { paths: object };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/figures', '/figures/{figure}/events', '/admin/parked', '/admin/parked/{id}', '/admin/parked/{id}/redrive', '/admin/rebuild']),
    );
  });
});
