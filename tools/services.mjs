// The five services as processes: where their builds are, their ports, and how to run them.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const home = process.env.PARK_LEDGER_HOME ?? path.join(root, '.local');

export const SERVICES = [
  { name: 'projects', port: Number(process.env.PROJECTS_PORT ?? 3101) },
  { name: 'land', port: Number(process.env.LAND_PORT ?? 3102) },
  { name: 'safety', port: Number(process.env.SAFETY_PORT ?? 3103) },
  { name: 'reporting', port: Number(process.env.REPORTING_PORT ?? 3104) },
  { name: 'office', port: Number(process.env.OFFICE_PORT ?? 3105) },
];

export const mainOf = (name) => path.join(root, 'dist/apps', name, 'apps', name, 'src/main.js');

export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
}

/**
 * Starts one built service with its logs (JSON lines) in .local/logs/<label>.log (the label is the
 * service's name, or name.N for its Nth instance).
 */
export function spawnService(service, env, label = service.name) {
  const logs = path.join(home, 'logs');
  mkdirSync(logs, { recursive: true });
  const out = createWriteStream(path.join(logs, `${label}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [mainOf(service.name)], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(service.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.stderr.on('data', (d) => process.stderr.write(`[${label}] ${d}`));
  return child;
}

export async function waitReady(url, { timeoutMs = 120_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

export function stopChild(child, timeoutMs = 15_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
