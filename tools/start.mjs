// `npm start`: install what is missing, bring the local stack up (Postgres, Kafka, Keycloak), build,
// start the five services and the web app, wait until all are ready, print the one web URL and the
// demo users; Ctrl-C stops them cleanly. A service that exits unexpectedly is started again
// (tools/supervisor.mjs); the stack stays up. `npm start -- --scale projects=2,reporting=3` runs
// that many instances of a service behind one local port (tools/balancer.mjs).
import { existsSync, lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { startBalancer } from './balancer.mjs';
import { mainOf, root, run, SERVICES, waitReady } from './services.mjs';
import { freePort, parseScale, Supervised } from './supervisor.mjs';
import { startWebServer } from './web-server.mjs';

const started = Date.now();
let scale;
try {
  scale = parseScale(process.argv.slice(2), SERVICES.map((s) => s.name));
} catch (e) {
  console.error(`start: ${e.message}`);
  process.exit(2);
}
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules/.package-lock.json');
const sharedInstall = existsSync(path.join(root, 'node_modules')) && lstatSync(path.join(root, 'node_modules')).isSymbolicLink();
if (process.env.SKIP_INSTALL !== '1' && (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs)) {
  if (sharedInstall) {
    // npm ci would empty the install the link points to, under everyone who shares it
    console.log('npm: node_modules is a link to a shared install; not running npm ci (install there if it is out of date)');
  } else {
    console.log('npm: installing dependencies (npm ci)…');
    await run('npm', ['ci', '--no-audit', '--no-fund']);
  }
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

const children = SERVICES.map((service) => ({ service, url: `http://127.0.0.1:${service.port}` }));
const instances = [];
const balancers = [];
for (const service of SERVICES) {
  const count = scale[service.name];
  const env = stack.serviceEnv(service.name);
  for (let i = 1; i <= count; i++) {
    instances.push(
      new Supervised({
        service,
        label: i === 1 ? service.name : `${service.name}.${i}`,
        // one instance takes the service's port itself; several take free ports behind a balancer on it
        port: count === 1 ? service.port : await freePort(),
        env,
        onGiveUp: () => void shutdown(1),
      }),
    );
  }
}

let stopping = false;
let web;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping services…');
  await web?.close();
  await Promise.all(balancers.map((b) => b.close()));
  await Promise.all(instances.map((instance) => instance.stop()));
  if (!wasUp) await stack.down();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
instances.forEach((instance) => instance.start());

try {
  await Promise.all(instances.map(({ url }) => waitReady(url)));
  for (const service of SERVICES) {
    const mine = instances.filter((instance) => instance.service === service);
    if (mine.length < 2) continue;
    balancers.push(
      await startBalancer({
        name: service.name,
        port: service.port,
        upstreams: mine.map(({ port, label }) => ({ port, label })),
        log: (line) => console.error(line),
      }),
    );
    console.log(`balancer: ${service.name} on port ${service.port} in front of ${mine.map((m) => `${m.label} (${m.port})`).join(', ')}`);
  }
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
console.log('Logs: .local/logs/<service>.log (<service>.N.log for a further instance)   Stop: Ctrl-C');
