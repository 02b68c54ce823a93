// `npm start -- --scale projects=2` as an operator runs it (built services, no demo): two projects
// instances behind the local balancer keep optimistic concurrency and idempotency, a kill -9 of one
// under load loses nothing, and every killed instance is back and ready within 45 s while the stack
// and the other services stay up; Ctrl-C (SIGINT) still stops everything it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { stack, waitFor } from '@park-ledger/test-support';
import { repoRoot } from '../support/service-process';

jest.setTimeout(420_000);

// measured on the shared 2-core CI machine under this test's load: 4-28 s (1 s back-off + Nest start-up)
const BACK_WITHIN_MS = 45_000;
const occurredAt = '2014-05-01T09:00:00+08:00';
const port = (name: string) => Number(process.env[`${name.toUpperCase()}_PORT`] ?? { projects: 3101, land: 3102, safety: 3103, reporting: 3104 }[name]);
const projects = `http://127.0.0.1:${port('projects')}`;

interface Instance {
  readonly pid: number;
  readonly port: number;
}

describe('npm start -- --scale projects=2: supervised instances behind one port', () => {
  let start: ChildProcess;
  let output = '';
  let exited: Promise<number | null>;
  const token = stack.token({ roles: ['submitter'], department: 'projects' });
  const tag = `ops${randomUUID().slice(0, 8)}`;

  /** The latest `supervise: LABEL started (pid P, port Q)` line for an instance. */
  const latest = (label: string): Instance | undefined => {
    const lines = [...output.matchAll(new RegExp(`supervise: ${label.replace('.', '\\.')} started \\(pid (\\d+), port (\\d+)\\)`, 'g'))];
    const last = lines.at(-1);
    return last ? { pid: Number(last[1]), port: Number(last[2]) } : undefined;
  };
  const ready = async (p: number) => {
    try {
      return (await fetch(`http://127.0.0.1:${p}/health/ready`, { signal: AbortSignal.timeout(3000) })).status === 200;
    } catch {
      return false;
    }
  };
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${projects}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, servedBy: res.headers.get('x-served-by'), etag: res.headers.get('etag'), body: (await res.json()) as Record<string, unknown> };
  };
  const facts = { occurredAt, kind: 'exhibition', titleZh: '参加药交会', date: '2014-04-20' };
  const milestone = (id: string) => ({ milestoneId: id, ...facts });
  const storedEvents = async (streamPrefix: string) => {
    const db = new Client({ connectionString: stack.serviceEnv('projects').DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from event_store.events where stream_id like $1`, [`${streamPrefix}%`]);
      return rows[0].n;
    } finally {
      await db.end();
    }
  };
  /** Kills an instance with SIGKILL; answers how long until it was started again and ready. */
  const killAndTimeBack = async (label: string) => {
    const before = latest(label)!;
    const killedAt = Date.now();
    process.kill(before.pid, 'SIGKILL');
    await waitFor(async () => latest(label)?.pid !== before.pid && (await ready(before.port)), {
      timeoutMs: BACK_WITHIN_MS,
      intervalMs: 100,
      what: `${label} started again and ready on port ${before.port}`,
    });
    return Date.now() - killedAt;
  };

  beforeAll(async () => {
    start = spawn(process.execPath, ['tools/start.mjs', '--scale', 'projects=2'], {
      cwd: repoRoot,
      env: { ...process.env, SKIP_BUILD: '1', SKIP_INSTALL: '1', DEMO: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    start.stdout!.on('data', (d) => (output += d));
    start.stderr!.on('data', (d) => (output += d));
    exited = new Promise((resolve) => start.once('exit', (code) => resolve(code)));
    await waitFor(async () => output.includes('park-ledger is up') || start.exitCode !== null, {
      timeoutMs: 240_000,
      intervalMs: 250,
      what: 'npm start to report the services up',
    });
    if (start.exitCode !== null) throw new Error(`npm start exited with ${start.exitCode}:\n${output}`);
  });

  afterAll(async () => {
    if (!start) return;
    const pids = ['projects', 'projects.2', 'land', 'safety', 'reporting'].map((l) => latest(l)?.pid).filter((p): p is number => !!p);
    start.kill('SIGINT');
    expect(await exited).toBe(0);
    const alive = pids.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([]);
  });

  it('runs two projects instances behind the service port, both served', async () => {
    expect(output).toMatch(new RegExp(`balancer: projects on port ${port('projects')} in front of projects \\(\\d+\\), projects\\.2 \\(\\d+\\)`));
    const servedBy = new Set<string | null>();
    for (let i = 0; i < 6; i++) {
      servedBy.add((await fetch(`${projects}/health/ready`)).headers.get('x-served-by'));
    }
    expect([...servedBy].sort()).toEqual(['projects', 'projects.2']);
  });

  it('keeps optimistic concurrency across the instances: each If-Match race has one 200 and one 409', async () => {
    const id = `${tag}-occ`;
    const created = await post('/milestones', milestone(id));
    expect(created.status).toBe(200);
    let etag = created.etag!;
    const servers = new Set<string | null>();
    for (let round = 0; round < 20; round++) {
      const race = await Promise.all(
        ['2014-04-21', '2014-04-22'].map((date) => post(`/milestones/${id}/correct`, { ...facts, date, reason: `race ${round}` }, { 'if-match': etag })),
      );
      expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
      race.forEach((r) => servers.add(r.servedBy));
      etag = race.find((r) => r.status === 200)!.etag!;
    }
    expect(servers.size).toBe(2);
    expect(etag).toBe('"21"');
    expect(await storedEvents(`milestone-${id}`)).toBe(21);
  });

  it('records a key sent to both instances once, answering both alike', async () => {
    const id = `${tag}-idem`;
    const key = `${tag}-key`;
    const answers = await Promise.all([1, 2].map(() => post('/milestones', milestone(id), { 'idempotency-key': key })));
    const sequential = await post('/milestones', milestone(id), { 'idempotency-key': key });
    expect(new Set([...answers, sequential].map((a) => a.servedBy)).size).toBe(2);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(sequential).toMatchObject({ status: 200, body: answers[0].body });
    expect(await storedEvents(`milestone-${id}`)).toBe(1);
  });

  it('loses nothing when one instance is killed -9 under load; it is back and ready within 45 s', async () => {
    const total = 240;
    let done = 0;
    const statuses: number[] = [];
    let killed: Promise<number> | undefined;
    const send = async (n: number) => {
      const id = `${tag}-load-${n}`;
      // a client's contract: retry a cut or refused request with the same Idempotency-Key
      for (let attempt = 0; attempt < 40; attempt++) {
        try {
          const answer = await post('/milestones', milestone(id), { 'idempotency-key': `${id}-k` });
          if (answer.status !== 502 && answer.status !== 503) return answer.status;
        } catch {
          // connection cut
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return 0;
    };
    const worker = async (w: number) => {
      for (let n = w; n < total; n += 8) {
        statuses.push(await send(n));
        if (++done === 60) killed = killAndTimeBack('projects.2');
      }
    };
    await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(worker));
    const backAfterMs = await killed!;
    process.stdout.write(`projects.2 was back and ready ${backAfterMs} ms after kill -9\n`);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(await storedEvents(`milestone-${tag}-load-`)).toBe(total);
    expect(output).toMatch(/supervise: projects\.2 exited unexpectedly \(signal SIGKILL\); restart 1 in 1 s/);
  });

  it('restarts a killed reporting within 45 s while the stack and the other services stay up', async () => {
    const backAfterMs = await killAndTimeBack('reporting');
    process.stdout.write(`reporting was back and ready ${backAfterMs} ms after kill -9\n`);
    expect(start.exitCode).toBeNull();
    const status = await stack.status();
    expect([status.kafka.up, status.postgres.up, status.keycloak.up]).toEqual([true, true, true]);
    for (const name of ['land', 'safety']) expect(await ready(port(name))).toBe(true);
    expect(await ready(port('reporting'))).toBe(true);
  });
});
