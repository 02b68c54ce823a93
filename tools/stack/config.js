// Where the local stack lives and how it is reached, from the environment.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const repoRoot = path.resolve(__dirname, '..', '..');
const SERVICES = ['projects', 'land', 'safety', 'reporting', 'office'];

function port(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a TCP port number, got "${raw}"`);
  }
  return value;
}

function settings() {
  const home = path.resolve(process.env.PARK_LEDGER_HOME || path.join(repoRoot, '.local'));
  const externalBrokers = (process.env.KAFKA_BROKERS || '')
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
  return {
    repoRoot,
    home,
    kafka: {
      external: externalBrokers.length > 0 ? externalBrokers : null,
      port: port('KAFKA_PORT', 19092),
      controllerPort: port('KAFKA_CONTROLLER_PORT', 19093),
      dir: path.join(home, 'kafka'),
    },
    keycloak: {
      external: (process.env.KEYCLOAK_URL || '').replace(/\/+$/, '') || null,
      port: port('KEYCLOAK_PORT', 18080),
      dir: path.join(home, 'keycloak'),
    },
    postgres: {
      external: process.env.DATABASE_URL || null,
      port: port('PG_PORT', 15432),
      dir: path.join(home, 'postgres'),
      role: 'park',
    },
  };
}

function secretsFile(home) {
  return path.join(home, 'secrets.json');
}

/** Dev-only secrets, generated on first use and kept (mode 600) under the stack's home. */
function secrets(home, { create = true } = {}) {
  const file = secretsFile(home);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!create) return null;
  fs.mkdirSync(home, { recursive: true });
  const generated = { postgresPassword: crypto.randomBytes(24).toString('base64url') };
  fs.writeFileSync(file, JSON.stringify(generated, null, 2) + '\n', { mode: 0o600 });
  return generated;
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = '/' + database;
  return parsed.toString();
}

function localDatabaseUrl(cfg, password, database = 'postgres') {
  const user = encodeURIComponent(cfg.postgres.role);
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${cfg.postgres.port}/${database}`;
}

module.exports = { settings, secrets, withDatabase, localDatabaseUrl, SERVICES };
