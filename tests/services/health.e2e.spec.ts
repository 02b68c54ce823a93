import { RunningService, spawnService, statusOf, waitForStatus } from '../support/service-process';
import { stack, waitFor } from '@park-ledger/test-support';

const SERVICES = ['projects', 'land', 'safety', 'reporting', 'office'] as const;

describe('the services running against the local stack', () => {
  let running: RunningService[] = [];

  beforeAll(async () => {
    running = await Promise.all(
      SERVICES.map(async (name) =>
        spawnService(name, {
          ...stack.serviceEnv(name),
          DATABASE_URL: await stack.createDatabase(`e2e_health_${name}`),
        }),
      ),
    );
    try {
      await Promise.all(running.map((s) => waitForStatus(`${s.url}/health/ready`, 200, 120_000)));
    } catch (e) {
      throw new Error(`${(e as Error).message}\n${running.map((s) => `[${s.name}] ${s.output()}`).join('\n')}`);
    }
  });

  afterAll(async () => {
    await stack.startKafka();
    const codes = await Promise.all(running.map((s) => s.stop()));
    expect(codes).toEqual(SERVICES.map(() => 0));
  });

  it('answers live, ready, metrics and its OpenAPI document', async () => {
    for (const s of running) {
      expect(await statusOf(`${s.url}/health/live`)).toBe(200);
      const metrics = await fetch(`${s.url}/metrics`).then((r) => r.text());
      expect(metrics).toContain('http_request_duration_seconds');
      const doc = (await fetch(`${s.url}/docs/openapi.json`).then((r) => r.json())) as {
        openapi: string;
        paths: Record<string, unknown>;
      };
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.paths)).toContain('/health/ready');
    }
  });

  it('while the broker is stopped: departments stay ready (writes wait in the outbox), reporting is not', async () => {
    const reporting = running.find((s) => s.name === 'reporting')!;
    const departments = running.filter((s) => s !== reporting);
    await stack.stopKafka();
    try {
      await waitForStatus(`${reporting.url}/health/ready`, 503, 60_000);
      const down = (await fetch(`${reporting.url}/health/ready`).then((r) => r.json())) as {
        details: Record<string, { status: string; reachable?: boolean }>;
      };
      expect(down.details.kafka).toMatchObject({ status: 'down', reachable: false });
      expect(down.details.database.status).toBe('up');

      for (const s of departments) {
        const res = await fetch(`${s.url}/health/ready`);
        const body = (await res.json()) as { details: Record<string, { status: string; reachable?: boolean; backlog?: number }> };
        expect({ service: s.name, status: res.status }).toEqual({ service: s.name, status: 200 });
        expect(body.details.kafka).toMatchObject({ status: 'up', reachable: false });
        expect(body.details.outbox).toMatchObject({ status: 'up', backlog: expect.any(Number) });
      }
      for (const s of running) expect(await statusOf(`${s.url}/health/live`)).toBe(200);
    } finally {
      await stack.startKafka();
    }
    await Promise.all(running.map((s) => waitForStatus(`${s.url}/health/ready`, 200, 90_000)));
    type Readiness = { details: Record<string, { reachable?: boolean }> };
    await waitFor(
      async () => ((await fetch(`${departments[0].url}/health/ready`).then((r) => r.json())) as Readiness).details.kafka.reachable,
      { timeoutMs: 60_000, what: 'the department to see Kafka again' },
    );
  });

  it('writes structured JSON logs carrying the caller’s correlation id', async () => {
    const s = running[0];
    await fetch(`${s.url}/no-such-route`, { headers: { 'x-correlation-id': 'corr-e2e-42' } });
    // The child's stdout reaches us through a pipe: wait for the line rather than read once.
    const linesWith = (id: string) =>
      s
        .output()
        .split('\n')
        .filter((l) => l.includes(id));
    await waitFor(() => linesWith('corr-e2e-42').length > 0, { timeoutMs: 10_000, what: 'the log line with the correlation id' });
    const lines = linesWith('corr-e2e-42');
    expect(JSON.parse(lines[0])).toMatchObject({ correlationId: 'corr-e2e-42', service: 'projects' });
  });
});

describe('a service started with bad configuration', () => {
  it('stops start-up with a message naming the setting', async () => {
    const s = spawnService('land', {
      PORT: 'not-a-port',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      KAFKA_BROKERS: '127.0.0.1:1',
    });
    const code = await new Promise<number | null>((resolve) => s.child.once('exit', resolve));
    expect(code).toBe(78);
    expect(s.output()).toMatch(/PORT: PORT must be an integer between 1 and 65535 \(got "not-a-port"\)/);
  });

  it('names a missing database URL', async () => {
    const s = spawnService('reporting', { DATABASE_URL: '', KAFKA_BROKERS: '127.0.0.1:9' });
    const code = await new Promise<number | null>((resolve) => s.child.once('exit', resolve));
    expect(code).toBe(78);
    expect(s.output()).toContain('DATABASE_URL');
  });
});
