// The API contract, checked from outside: Schemathesis generates requests from each service's own
// OpenAPI document (every operation, `--checks all`) and fails on any server error or any answer the
// document does not describe. Run by `npm test` against the local stack; `node tools/api-check.mjs`
// alone needs the stack up and the services built.
import { spawnSync } from 'node:child_process';
import fs, { existsSync } from 'node:fs';
import path from 'node:path';
import stack from './stack.js';
import { home, root, spawnService, stopChild, waitReady } from './services.mjs';

const SCHEMATHESIS = '4.32.5';
const EXAMPLES = Number(process.env.API_CHECK_EXAMPLES ?? 25);
const SEED = process.env.API_CHECK_SEED ?? '20141231';
const services = [
  { name: 'projects', claims: { roles: ['submitter'], department: 'projects' } },
  { name: 'land', claims: { roles: ['submitter'], department: 'land' } },
  { name: 'safety', claims: { roles: ['submitter'], department: 'safety' } },
  { name: 'reporting', claims: { roles: ['reader', 'admin'] } },
  { name: 'office', claims: { roles: ['submitter'], department: 'office' } },
];

/** Schemathesis in a virtualenv of its own under the stack's home, pinned. */
function schemathesis() {
  const venv = path.join(home, 'schemathesis');
  const st = path.join(venv, 'bin', 'st');
  const versionOk = () => spawnSync(st, ['--version'], { encoding: 'utf8' }).stdout?.includes(SCHEMATHESIS);
  if (existsSync(st) && versionOk()) return st;
  console.log(`api-check: installing schemathesis ${SCHEMATHESIS} from PyPI into ${venv}`);
  const python = process.env.PYTHON ?? 'python3';
  for (const args of [[python, ['-m', 'venv', venv]], [path.join(venv, 'bin', 'pip'), ['install', '-q', `schemathesis==${SCHEMATHESIS}`]]]) {
    const result = spawnSync(args[0], args[1], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`api-check: ${args[0]} ${args[1].join(' ')} failed (needs Python 3.9+ with venv)`);
  }
  return st;
}

async function start(name, port) {
  const env = { ...stack.serviceEnv(name), LOG_LEVEL: 'error', DATABASE_URL: await stack.createDatabase(`api_check_${name}`) };
  const child = spawnService({ name, port }, env);
  const url = `http://127.0.0.1:${port}`;
  await waitReady(url, { child });
  return { child, url };
}

export async function apiCheck() {
  const logDir = path.join(root, '.local', 'api-check');
  fs.mkdirSync(logDir, { recursive: true });
  const st = schemathesis();
  const results = [];
  const only = process.env.API_CHECK_ONLY?.split(',');
  for (const [i, { name, claims }] of services.entries()) {
    if (only && !only.includes(name)) continue;
    const { child, url } = await start(name, Number(process.env.API_CHECK_PORT_BASE ?? 24100) + i);
    try {
      console.log(`\n== api-check: ${name} (${EXAMPLES} examples an operation, seed ${SEED})`);
      const run = spawnSync(
        st,
        [
          '--config-file', path.join(root, 'schemathesis.toml'), 'run', `${url}/docs/openapi.json`,
          '--checks', 'all', '--max-examples', String(EXAMPLES), '--seed', SEED, '--generation-deterministic',
          '-H', `Authorization: Bearer ${stack.token({ sub: `api-check-${name}`, ...claims })}`,
        ],
        { encoding: 'utf8', cwd: home, maxBuffer: 256 * 1024 * 1024 },
      );
      const passed = run.status === 0;
      const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
      const log = path.join(logDir, `${name}.log`);
      fs.writeFileSync(log, output);
      // Schemathesis closes with pytest's banner ("=== 3 warnings in 13.41s ==="), which a reader of the run
      // takes for a pytest run of no test: its whole output goes to a file, and only its count is printed
      // (the whole of it too when it fails).
      if (!passed) process.stdout.write(output);
      const cases = /^\s*(\d+ generated, .*)$/m.exec(output)?.[1] ?? 'no case count printed';
      console.log(`api-check: ${name}: ${cases} (whole output: ${path.relative(root, log)})`);
      results.push({ name, passed });
    } finally {
      await stopChild(child);
    }
  }
  for (const { name, passed } of results) console.log(`api-check: ${name} ${passed ? 'conforms' : 'FAILS'}`);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await apiCheck();
  process.exit(results.every((r) => r.passed) ? 0 : 1);
}
