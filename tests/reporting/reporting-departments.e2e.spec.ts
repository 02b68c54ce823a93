import type { RunningService } from '../support/service-process';
import { spawnService, waitForStatus } from '../support/service-process';
import { randomSuffix, stack, waitFor } from '@park-ledger/test-support';
import { authorization } from '../support/tokens';
import { oracleFigures, readAllEvents, settledFigures } from './oracle';
import { committed, endOffsets, readerToken, reportingSetup, startReportingProcess, type ReportingSetup } from './reporting-process';

jest.setTimeout(900_000);

type Department = 'projects' | 'land' | 'safety';

describe('events submitted through the department services’ HTTP APIs', () => {
  const services = new Map<Department, RunningService>();
  let reporting: RunningService | undefined;
  let setup: ReportingSetup;
  const tag = `dep${randomSuffix()}`;
  const zones = [`${tag}-north`, `${tag}-south`];
  const eventIds = new Set<string>();

  const submit = async (department: Department, path: string, body: object) => {
    const res = await fetch(`${services.get(department)!.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization('submitter', department) },
      body: JSON.stringify(body),
    });
    const answer = (await res.json()) as { events?: { eventId: string }[]; message?: unknown };
    if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(answer)}`);
    for (const e of answer.events ?? []) eventIds.add(e.eventId);
  };

  beforeAll(async () => {
    // the departments publish to topics of this test alone, and reporting reads those
    setup = await reportingSetup();
    await Promise.all(
      (['projects', 'land', 'safety'] as const).map(async (department) => {
        const running = spawnService(department, {
          ...stack.serviceEnv(department),
          DATABASE_URL: await stack.createDatabase(`rep_e2e_${department}_${randomSuffix()}`),
          KAFKA_TOPIC_PREFIX: setup.env['KAFKA_TOPIC_PREFIX'],
        });
        services.set(department, running);
        await waitForStatus(`${running.url}/health/ready`, 200, 120_000);
      }),
    );
    reporting = await startReportingProcess(setup, [...services.values()]);
  });

  afterAll(async () => {
    await Promise.all([...services.values(), reporting].map((s) => s?.stop()));
  });

  it('appear in the read models, and every figure of their zones equals the oracle’s recomputation', async () => {
    const at = (day: string) => `${day}T10:00:00+08:00`;
    for (const zoneId of zones) {
      await submit('projects', '/zones', { zoneId, occurredAt: at('2012-01-05'), nameZh: `园区${zoneId}` });
      await submit('projects', `/zones/${zoneId}/add-platform`, { platformId: `${zoneId}-p`, occurredAt: at('2012-01-06'), nameZh: '平台' });
    }
    // land and safety learn the zones from the projects topic before they accept records in them
    for (const department of ['land', 'safety'] as const) {
      await waitFor(
        async () => {
          const res = await fetch(`${services.get(department)!.url}/park-zones`, { headers: authorization('submitter', department) });
          const known = (await res.json()) as { zoneId: string; registered: boolean }[];
          return zones.every((zoneId) => known.some((zone) => zone.zoneId === zoneId && zone.registered));
        },
        { what: `${department} to know the zones` },
      );
    }
    const projects = [
      ['a', zones[0], '2013-05-01'],
      ['b', zones[0], '2014-03-01'],
      ['c', zones[1], '2014-08-01'],
    ] as const;
    for (const [suffix, zoneId, signedOn] of projects) {
      const projectId = `${tag}-${suffix}`;
      await submit('projects', '/projects', {
        projectId,
        occurredAt: at('2013-01-10'),
        nameZh: '项目',
        zoneId,
        platformId: `${zoneId}-p`,
        industry: 'furniture',
        investorNameZh: '投资方',
        plannedInvestmentYuan: 50_000_000,
      });
      await submit('projects', `/projects/${projectId}/sign`, { occurredAt: at(signedOn) });
    }
    for (const [suffix, zoneId, day] of [['i1', zones[0], '2013-04-01'], ['i2', zones[1], '2014-06-01'], ['i3', zones[1], '2014-07-01']] as const) {
      await submit('safety', '/pollution-incidents', { incidentId: `${tag}-${suffix}`, zoneId, descriptionZh: '废水外溢', occurredAt: at(day) });
    }
    await submit('safety', `/pollution-incidents/${tag}-i2/pay-compensation`, { amountYuan: 12_000, occurredAt: at('2014-09-01') });
    await submit('safety', `/pollution-incidents/${tag}-i3/void`, { reason: '重复录入', occurredAt: at('2014-07-02') });
    await submit('land', '/idle-parcels', {
      parcelId: `${tag}-l1`,
      category: 'supplied-unused',
      zoneId: zones[0],
      enterpriseNameZh: '企业',
      idleAreaCentiMu: 1250,
      occurredAt: at('2014-02-01'),
    });

    const ours = await waitFor(
      async () => {
        const all = await readAllEvents(setup.kafka, setup.topics);
        const mine = all.filter((e) => eventIds.has(e.eventId));
        return new Set(mine.map((e) => e.eventId)).size === eventIds.size && mine;
      },
      { timeoutMs: 60_000, intervalMs: 1000, what: 'every submitted event published' },
    );
    // The departments' topics are shared with every other test run: wait until reporting has read them all.
    const ends = await endOffsets(setup);
    await waitFor(async () => (await committed(setup)) >= ends, { timeoutMs: 600_000, intervalMs: 2000, what: 'reporting caught up' });
    for (const year of [2013, 2014]) {
      const expected = oracleFigures(ours, year, zones);
      expect(Object.keys(expected)).toEqual(expect.arrayContaining(['projects.signed', 'safety.pollution-incidents']));
      expect(await settledFigures(reporting!.url, readerToken(), year, zones, expected)).toEqual(expected);
    }
  });
});
