// The local PostgreSQL server (or the one DATABASE_URL points at) and the per-service databases.
const path = require('node:path');
const { Client } = require('pg');
const { secrets, localDatabaseUrl, withDatabase, SERVICES } = require('./config');
const { layout, osUser, initialise, pgCtl } = require('./postgres-server');
const { readPid, isRunning, isPortOpen, waitFor, tail } = require('./processes');

function adminUrl(cfg) {
  if (cfg.postgres.external) return cfg.postgres.external;
  const stored = secrets(cfg.home, { create: false });
  return localDatabaseUrl(cfg, stored ? stored.postgresPassword : '');
}

function localPid(cfg) {
  const { data } = layout(cfg);
  const pid = readPid(path.join(data, 'postmaster.pid'));
  return isRunning(pid, data) ? pid : null;
}

async function withClient(url, work) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const answers = (url) => withClient(url, (client) => client.query('select 1')).then(() => true, () => false);

async function state(cfg) {
  const url = adminUrl(cfg);
  if (cfg.postgres.external) return { up: await answers(url), url, external: true };
  const pid = localPid(cfg);
  const up = pid !== null && (await answers(url));
  return pid ? { up, url, pid } : { up, url };
}

const quoted = (name) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`invalid database name "${name}"`);
  return `"${name}"`;
};

async function ensureServiceDatabases(cfg) {
  await withClient(adminUrl(cfg), async (client) => {
    for (const service of SERVICES) {
      const name = `park_${service}`;
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (rowCount === 0) await client.query(`create database ${quoted(name)}`);
    }
  });
}

/** Drops and recreates database `name`; resolves to its URL. */
async function createDatabase(cfg, name) {
  const database = quoted(name);
  await withClient(adminUrl(cfg), async (client) => {
    await client.query(`drop database if exists ${database} with (force)`);
    await client.query(`create database ${database}`);
  });
  return withDatabase(adminUrl(cfg), name);
}

async function start(cfg, log = console.log) {
  if (!cfg.postgres.external) {
    const password = secrets(cfg.home).postgresPassword;
    const files = layout(cfg);
    if (!localPid(cfg)) {
      if (await isPortOpen(cfg.postgres.port)) throw new Error(`postgres: port ${cfg.postgres.port} is taken by another process; set PG_PORT`);
      const user = osUser();
      initialise(cfg, password, user, log);
      const result = pgCtl(cfg, user, ['-l', files.log, '-w', '-t', '90', '-o', `-p ${cfg.postgres.port}`, 'start']);
      if (result.status !== 0) throw new Error(`postgres: pg_ctl start failed; see ${files.log}\n${result.stderr}\n${tail(files.log)}`);
    }
    log(`postgres: up at 127.0.0.1:${cfg.postgres.port} (pid ${localPid(cfg)})`);
  } else {
    log('postgres: using DATABASE_URL');
  }
  await ensureServiceDatabases(cfg);
}

async function stop(cfg, log = console.log) {
  if (cfg.postgres.external) return;
  const pid = localPid(cfg);
  if (!pid) return log('postgres: not running');
  const result = pgCtl(cfg, osUser(), ['-m', 'fast', '-w', '-t', '60', 'stop']);
  if (result.status !== 0) throw new Error(`postgres: pg_ctl stop failed: ${result.stderr}`);
  await waitFor(async () => !isRunning(pid, layout(cfg).data) && !(await isPortOpen(cfg.postgres.port)), {
    timeoutMs: 10_000,
    failure: () => new Error(`postgres: pid ${pid} or port ${cfg.postgres.port} still alive after pg_ctl stop`),
  });
  log(`postgres: stopped (pid ${pid})`);
}

module.exports = { start, stop, state, adminUrl, createDatabase };
