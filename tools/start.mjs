// `npm start`: install what is missing, bring the local stack up (Postgres, Kafka, Keycloak), build,
// start the four services and the web app, wait until all are ready, print the one web URL and the
// demo users; Ctrl-C stops them cleanly.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { mainOf, root, run, SERVICES, spawnService, stopChild, waitReady } from './services.mjs';
import { startWebServer } from './web-server.mjs';

const started = Date.now();
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules/.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('npm: installing dependencies (npm ci)…');
  await run('npm', ['ci', '--no-audit', '--no-fund']);
}
// loaded only now: the stack needs the packages just installed
const { default: stack } = await import('./stack.js');

const before = await stack.status();
const wasUp = before.kafka.up && before.postgres.up && before.keycloak.up;
await stack.up();

const webRoot = path.join(root, 'dist/apps/web');
if (process.env.SKIP_BUILD !== '1' || SERVICES.some((s) => !existsSync(mainOf(s.name))) || !existsSync(webRoot)) {
  console.log('build: compiling the services and the web app…');
  await run('npx', ['nx', 'run-many', '-t', 'build', '-p', ...SERVICES.map((s) => s.name), 'web', '--output-style=static']);
}

const children = SERVICES.map((service) => ({
  service,
  url: `http://127.0.0.1:${service.port}`,
  child: spawnService(service, stack.serviceEnv(service.name)),
}));

let stopping = false;
let web;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping services…');
  await web?.close();
  await Promise.all(children.map(({ child }) => stopChild(child)));
  if (!wasUp) await stack.down();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
for (const { service, child } of children) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${service.name} exited unexpectedly (${code}); see .local/logs/${service.name}.log`);
      void shutdown(1);
    }
  });
}

try {
  await Promise.all(children.map(({ url, child }) => waitReady(url, { child })));
} catch (e) {
  console.error(`start: ${e.message}`);
  await shutdown(1);
}

const identity = stack.identity();
web = await startWebServer({
  port: Number(process.env.WEB_PORT ?? 3100),
  root: webRoot,
  services: Object.fromEntries(children.map(({ service, url }) => [service.name, url])),
  oidc: { authority: identity.issuer, clientId: identity.webClientId },
});

console.log(`\npark-ledger is up (${((Date.now() - started) / 1000).toFixed(1)} s).`);

if (process.env.DEMO !== '0') {
  // through the front door, with fixed idempotency keys: a second start records nothing twice
  console.log('demo: loading the park and its year 2014 through the department services…');
  try {
    await run(process.execPath, ['-r', '@swc-node/register', 'tools/demo/load.ts'], {
      env: { ...process.env, SWC_NODE_PROJECT: path.join(root, 'tsconfig.base.json') },
    });
  } catch (e) {
    console.error(`demo: ${e.message} (the services keep running)`);
  }
}

console.log(`\n  Open ${web.url} and sign in (Keycloak ${identity.url}, realm ${identity.realm}) as a demo user:`);
for (const user of stack.demoUsers()) {
  const what = user.department ? `${user.department} clerk (${user.roles.join(', ')})` : user.roles.join(', ');
  console.log(`    ${user.username.padEnd(16)} password ${user.password.padEnd(12)} ${what}`);
}
console.log('  (development passwords from tools/keycloak/park-ledger-realm.json; Keycloak’s admin console: admin, password in .local/secrets.json)');

console.log('\n  The services (the web app reaches them as /api/<service>/):');
for (const { service, url } of children) {
  console.log(`    ${service.name.padEnd(10)} ${url}   API docs ${url}/docs   health ${url}/health/ready`);
}
const token = (roles, department = null) => stack.token({ roles, department });
console.log('\n  Dev bearer tokens for scripts and curl (valid 12 h; more with `npm run stack -- token ROLE [DEPARTMENT]`):');
console.log(`    reader:             ${token(['reader'])}`);
for (const department of ['projects', 'land', 'safety', 'office']) {
  console.log(`    ${`${department} submitter:`.padEnd(20)}${token(['submitter'], department)}`);
}
console.log(`    admin:              ${token(['admin'])}`);
console.log(`    approver:           ${token(['approver', 'reader'])}`);
console.log(`\n  Web app: ${web.url}\n`);
console.log('Logs: .local/logs/<service>.log   Stop: Ctrl-C');
