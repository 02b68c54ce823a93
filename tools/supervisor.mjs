// `npm start` keeps its services running: an instance that exits without being asked to is
// started again after a back-off (1 s, doubling to 30 s; back to 1 s once it has stayed up a
// minute), with a log line each time. Exit code 78 (a bad setting) is not retried: it would fail
// the same way again. The stack (Kafka, Postgres, Keycloak) is never touched here.
import { createServer } from 'node:net';
import { spawnService, stopChild } from './services.mjs';

const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
const STABLE_AFTER_MS = 60_000;
export const BAD_SETTING = 78;

/** A free TCP port below Linux's ephemeral range (where outgoing connections take theirs). */
export async function freePort() {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/**
 * One supervised instance of a service on a fixed port (kept across restarts, so a balancer in
 * front needs no update). `onGiveUp(code)` when it exits with a bad setting.
 */
export class Supervised {
  constructor({ service, label, port, env, log = console.error, onGiveUp = () => undefined }) {
    Object.assign(this, { service, label, port, env, log, onGiveUp });
    this.stopping = false;
    this.restarts = 0;
    this.backoffMs = FIRST_BACKOFF_MS;
    this.child = undefined;
    this.timer = undefined;
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  start() {
    const child = spawnService({ ...this.service, port: this.port }, this.env, this.label);
    const startedAt = Date.now();
    this.child = child;
    this.log(`supervise: ${this.label} started (pid ${child.pid}, port ${this.port})`);
    child.on('exit', (code, signal) => {
      if (this.stopping) return;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (code === BAD_SETTING) {
        this.log(`supervise: ${this.label} exited with a bad setting (${how}); not restarting it, see .local/logs/${this.label}.log`);
        this.onGiveUp(code);
        return;
      }
      if (Date.now() - startedAt > STABLE_AFTER_MS) this.backoffMs = FIRST_BACKOFF_MS;
      const wait = this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
      this.restarts++;
      this.log(`supervise: ${this.label} exited unexpectedly (${how}); restart ${this.restarts} in ${wait / 1000} s (logs: .local/logs/${this.label}.log)`);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        if (!this.stopping) this.start();
      }, wait);
    });
    return child;
  }

  async stop() {
    this.stopping = true;
    clearTimeout(this.timer);
    if (this.child) await stopChild(this.child);
  }
}

/** `--scale projects=2,reporting=3` (or `--scale=…`): instances per service name, 1 unless named. */
export function parseScale(argv, names) {
  const scale = Object.fromEntries(names.map((n) => [n, 1]));
  const at = argv.findIndex((a) => a === '--scale' || a.startsWith('--scale='));
  if (at < 0) return scale;
  const spec = argv[at].startsWith('--scale=') ? argv[at].slice('--scale='.length) : argv[at + 1];
  for (const part of (spec ?? '').split(',').filter(Boolean)) {
    const [name, count] = part.split('=');
    const n = Number(count);
    if (!names.includes(name) || !Number.isInteger(n) || n < 1 || n > 8) {
      throw new Error(`--scale ${part}: expected NAME=N with NAME one of ${names.join(', ')} and N from 1 to 8`);
    }
    scale[name] = n;
  }
  return scale;
}
