import { startReporting, waitFor, type ReportingUnderTest } from '../testing/reporting-harness';
import { reported, resetToyStreams, toyCatalogue, toyIncidents } from '../testing/toy-projection';

/**
 * With READ_MODEL_RETENTION_SECONDS=1, what no query or consumer uses any more is dropped soon after:
 * the version a rebuild replaced, a failed rebuild's version, the finished rebuilds' consumer groups.
 */
describe('read-model versions and rebuild groups past their retention', () => {
  let service: ReportingUnderTest;
  const schemas = async () =>
    (await service.sql(`select nspname from pg_namespace where nspname ~ '^reporting_v[0-9]+$' order by 1`)).map((r: { nspname: string }) => r.nspname);
  const groups = async () => {
    const admin = service.kafka.admin();
    await admin.connect();
    try {
      return (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(process.env.REPORTING_CONSUMER_GROUP!));
    } finally {
      await admin.disconnect();
    }
  };
  const rebuilt = async () =>
    waitFor(
      async () => (await service.get('/admin/rebuild', 'admin')).body,
      (s) => ['active', 'failed'].includes(s.rebuild.status),
      { what: 'the rebuild to finish' },
    );

  beforeAll(async () => {
    process.env.READ_MODEL_RETENTION_SECONDS = '1';
    resetToyStreams();
    service = await startReporting({ projections: [toyIncidents as never], catalogue: toyCatalogue });
    await service.produce(Array.from({ length: 30 }, (_, i) => reported(`r${i}`, 'chengbei', '2014-03-01T02:00:00.000Z')));
    await waitFor(async () => (await service.sql('select count(*)::int as n from reporting_v1.events'))[0].n, (n) => n === 30, {
      what: 'the events applied',
    });
  });

  afterAll(async () => {
    await service?.close();
    delete process.env.READ_MODEL_RETENTION_SECONDS;
  });

  it('drops the replaced version and the rebuild’s group, keeps the active one answering', async () => {
    expect((await service.post('/admin/rebuild')).status).toBe(202);
    expect(await rebuilt()).toMatchObject({ activeVersion: 2, rebuild: { status: 'active' } });
    expect(await groups()).toContain(`${process.env.REPORTING_CONSUMER_GROUP}-rebuild-v2`);
    await waitFor(schemas, (s) => s.join() === 'reporting_v2', { what: 'reporting_v1 dropped', timeoutMs: 30_000 });
    await waitFor(groups, (g) => !g.includes(`${process.env.REPORTING_CONSUMER_GROUP}-rebuild-v2`), {
      what: 'the rebuild group deleted',
      timeoutMs: 30_000,
    });
    const [row] = await service.sql('select schema_dropped_at, group_dropped_at from reporting.rebuilds where version = 2');
    expect(row.schema_dropped_at).toBeNull(); // the active version's schema stays
    expect(row.group_dropped_at).not.toBeNull();
    const figures = await service.get('/figures?year=2014&figure=toy.incidents');
    expect(figures.status).toBe(200);
    expect(figures.body.figures[0].value).toBe(30);
  });

  it('drops a failed rebuild’s version after its end, and no version a rebuild is building', async () => {
    await service.sql(`create schema reporting_v7`);
    await service.sql(`insert into reporting.rebuilds (version, status, finished_at, driver) values (7, 'failed', now() - interval '1 minute', 'gone:1')`);
    await service.sql(`create schema reporting_v8`);
    await service.sql(`insert into reporting.rebuilds (version, status, updated_at, driver) values (8, 'building', now() + interval '1 hour', 'elsewhere:1')`);
    await waitFor(schemas, (s) => !s.includes('reporting_v7'), { what: 'reporting_v7 dropped', timeoutMs: 30_000 });
    expect(await schemas()).toEqual(['reporting_v2', 'reporting_v8']);
    const [row] = await service.sql('select schema_dropped_at from reporting.rebuilds where version = 7');
    expect(row.schema_dropped_at).not.toBeNull();
  });
});
