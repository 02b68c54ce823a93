import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { waitFor } from '@park-ledger/test-support';

export const repoRoot = path.resolve(__dirname, '../..');
export const mainOf = (name: string) => path.join(repoRoot, 'dist/apps', name, 'apps', name, 'src/main.js');

export interface RunningService {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  output(): string;
  stop(): Promise<number | null>;
}

// Below Linux's ephemeral range (32768 and up), where the clients' own outgoing connections to
// Kafka and Postgres take their ports: a test service there can find its port already taken.
let nextPort = 22000 + Math.floor(Math.random() * 6000);

/** Runs a built service as a real process on a free-ish port; its stdout+stderr are kept. */
export function spawnService(name: string, env: Record<string, string>): RunningService {
  const port = nextPort++;
  let output = '';
  const child = spawn(process.execPath, [mainOf(name)], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

export async function statusOf(url: string): Promise<number> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    return res.status;
  } catch {
    return 0;
  }
}

export const waitForStatus = (url: string, status: number, timeoutMs = 60_000) =>
  waitFor(async () => (await statusOf(url)) === status, { timeoutMs, intervalMs: 250, what: `${url} to answer ${status}` });
