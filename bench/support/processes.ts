// Benchmarks run what they measure in processes of its own, as in production: the service under
// test, the baseline app and the load generator never share an event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * A TypeScript entry point run as its own node process (path aliases from tsconfig.base.json), after the
 * `preload` modules; `from` is another checkout to run it from (e.g. the code before a change),
 * `nodeArgs` e.g. --cpu-prof.
 */
export function startProcess(
  entry: string,
  env: Record<string, string>,
  { from = root, nodeArgs = [] as string[], preload = [] as readonly string[] } = {},
): ChildProcess {
  const child = spawn(
    process.execPath,
    [...nodeArgs, '-r', '@swc-node/register', ...preload.flatMap((file) => ['-r', path.join(from, file)]), path.join(from, entry)],
    {
      cwd: from,
      env: { ...process.env, SWC_NODE_PROJECT: path.join(from, 'tsconfig.base.json'), ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  child.stdout?.resume();
  return child;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Polls `url` until it answers 2xx; fails if the process exits first. */
export async function untilAnswers(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    const ok = await fetch(url, { method: 'GET' }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export interface OpenLoopSpec {
  readonly url: string;
  /** requests per second, sent on schedule */
  readonly rate: number;
  /** seconds counted, after one second of warm-up */
  readonly duration: number;
  readonly connections: number;
  readonly request: { method: string; path: string; headers: Record<string, string>; body: unknown };
  readonly unique?: { field: string; prefix: string };
}
export interface OpenLoopResult {
  readonly offered: number;
  readonly answered: number;
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** The open-loop generator in a child process (bench/support/open-loop.js). */
export function openLoop(spec: OpenLoopSpec): Promise<OpenLoopResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'open-loop.js'), JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as OpenLoopResult) : reject(new Error(`open-loop exited with ${code}`))));
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS; // utime, stime
}
const CLOCK_TICKS = 100;

/**
 * CPU seconds used so far by a process and every process under it (Postgres' backends are children of
 * its postmaster), from /proc (Linux): each one's own time and that of its children that ended (which
 * the parent's cutime/cstime keep once it reaped them), so a backend that exits between two readings
 * does not take its time with it.
 */
export function cpuSecondsOfTree(root: number): number {
  const stats = new Map<number, string[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      stats.set(Number(entry), stat.slice(stat.lastIndexOf(')') + 2).split(' '));
    } catch {
      // the process ended while being listed
    }
  }
  let total = 0;
  for (const [pid, fields] of stats) {
    let p: number | undefined = pid;
    while (p !== undefined && p > 1 && p !== root) p = Number(stats.get(p)?.[1]);
    if (p !== root) continue;
    // utime, stime, cutime, cstime
    total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
  }
  return total;
}

/** Resident set size now and its peak so far, in MB, from /proc (Linux). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

export interface CpuUse {
  readonly node: number;
  readonly broker: number;
  readonly postgres: number;
}

/**
 * CPU seconds of this process, the broker and Postgres (its postmaster and backends) over a phase: on a
 * shared two-core machine wall time moves with the neighbours, the CPU each side spends much less.
 */
export function cpuMeter(brokerPid?: number, postgresPid?: number) {
  const read = (): CpuUse => {
    const own = process.cpuUsage();
    return {
      node: (own.user + own.system) / 1e6,
      broker: brokerPid ? cpuSecondsOfTree(brokerPid) : NaN,
      postgres: postgresPid ? cpuSecondsOfTree(postgresPid) : NaN,
    };
  };
  const since = (start: CpuUse): CpuUse => {
    const now = read();
    return { node: now.node - start.node, broker: now.broker - start.broker, postgres: now.postgres - start.postgres };
  };
  return { read, since };
}
