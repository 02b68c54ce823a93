#!/usr/bin/env node
// Local infrastructure without Docker: a single-node Kafka (KRaft), PostgreSQL and Keycloak under .local/.
// CLI: node tools/stack.js up [--brokers 3]|down|status|env|users|kafka stop|kafka start|keycloak stop|keycloak start|token ROLE [DEPARTMENT]
// `up --brokers 3` runs a 3-node KRaft cluster (tools/stack/kafka-cluster.js) instead of the single
// broker, until `down`; a later `up` keeps whichever is running.
const fs = require('node:fs');
const { settings, withDatabase } = require('./stack/config');
const singleKafka = require('./stack/kafka');
const kafkaCluster = require('./stack/kafka-cluster');
const postgres = require('./stack/postgres');
const keycloak = require('./stack/keycloak');
const { withLock } = require('./stack/lock');
const tokens = require('./stack/tokens');
const eventKeys = require('./stack/event-keys');

// Progress goes to stderr so `env` output stays parseable and jest does not wrap each line.
const log = (line) => process.stderr.write(`${line}\n`);

/** The Kafka piece in use: the 3-node cluster while it is active, else the single broker. */
const kafkaOf = (cfg) => (kafkaCluster.isActive(cfg) ? kafkaCluster : singleKafka);
const kafka = {
  start: (cfg, l) => kafkaOf(cfg).start(cfg, l),
  stop: (cfg, l) => kafkaOf(cfg).stop(cfg, l),
  state: (cfg) => kafkaOf(cfg).state(cfg),
  brokers: (cfg) => kafkaOf(cfg).brokers(cfg),
};

/** Brings the stack up; `brokers: 3` switches Kafka to the 3-node cluster, `brokers: 1` back to the single broker. */
async function up({ brokers } = {}) {
  const cfg = settings();
  await withLock(cfg.home, async () => {
    // Keycloak takes longest: it starts beside the other two, not after them
    const identity = keycloak.start(cfg, log);
    try {
      await postgres.start(cfg, log);
      if (!cfg.kafka.external && brokers === 3 && !kafkaCluster.isActive(cfg)) {
        await singleKafka.stop(cfg, log);
        await kafkaCluster.start(cfg, log);
      } else if (!cfg.kafka.external && brokers === 1 && kafkaCluster.isActive(cfg)) {
        await kafkaCluster.stop(cfg, log);
        await singleKafka.start(cfg, log);
      } else {
        await kafka.start(cfg, log);
      }
    } finally {
      await identity;
    }
  });
  return status();
}

async function down() {
  const cfg = settings();
  await withLock(cfg.home, async () => {
    await Promise.all([keycloak.stop(cfg, log), kafka.stop(cfg, log).then(() => postgres.stop(cfg, log))]);
    if (kafkaCluster.NODES.some((id) => fs.existsSync(kafkaCluster.nodeFiles(cfg, id).pid))) await kafkaCluster.stop(cfg, log);
  });
}

async function status() {
  const cfg = settings();
  const [kafkaState, postgresState, keycloakState] = await Promise.all([kafka.state(cfg), postgres.state(cfg), keycloak.state(cfg)]);
  return { kafka: kafkaState, postgres: postgresState, keycloak: keycloakState };
}

/** Admin connection: brokers and a URL to the server's `postgres` database. */
function connection() {
  const cfg = settings();
  return { kafkaBrokers: kafka.brokers(cfg), databaseUrl: postgres.adminUrl(cfg) };
}

function serviceEnv(service) {
  const { kafkaBrokers, databaseUrl } = connection();
  return {
    KAFKA_BROKERS: kafkaBrokers.join(','),
    DATABASE_URL: withDatabase(databaseUrl, `park_${service}`),
    ...tokens.jwtEnv(settings().home, identity()),
    ...eventKeys.eventKeyEnv(settings().home, service),
    ...eventKeys.subjectKeysEnv(settings().home, service),
  };
}

/** The department's event-signing key (base64): tests and benchmarks publishing as that department sign with it. */
const eventSigningKey = (department) => eventKeys.eventSigningKey(settings().home, department);

/** Keycloak's URLs for the park-ledger realm: issuer, JWKS, token endpoint, the web app's client id. */
const identity = () => keycloak.endpoints(settings());

/** A dev bearer token, e.g. token({ roles: ['submitter'], department: 'land' }). */
const token = ({ sub, roles, department = null, ...claims }) =>
  tokens.mintToken(settings().home, identity().issuer, {
    sub: sub ?? `dev-${department ?? 'park'}-${roles.join('+')}`,
    roles,
    department,
    ...claims,
  });

const createDatabase = (name) => postgres.createDatabase(settings(), name);
const locked = (work) => (...args) => {
  const cfg = settings();
  return withLock(cfg.home, () => work(cfg, ...args));
};
const stopKafka = locked((cfg) => kafka.stop(cfg, log));
const startKafka = locked((cfg) => kafka.start(cfg, log));
const stopKeycloak = locked((cfg) => keycloak.stop(cfg, log));
const startKeycloak = locked((cfg) => keycloak.start(cfg, log));
/** An access token issued by Keycloak to a demo user (password grant on the development-only CLI client). */
const keycloakToken = (username, password) => keycloak.passwordGrant(settings(), username, password);
const demoUsers = () => keycloak.demoUsers();
const keycloakAdmin = () => keycloak.adminCredentials(settings());
/** The 3-node cluster (after `up({ brokers: 3 })`), for failure tests: kill -9 or SIGSTOP a node, start it again, which node leads the controller quorum. */
const cluster = {
  killNode: locked((cfg, id) => kafkaCluster.killNode(cfg, id)),
  freezeNode: (id) => kafkaCluster.freezeNode(settings(), id),
  restartNode: locked((cfg, id) => kafkaCluster.restartNode(cfg, id)),
  controllerLeader: () => kafkaCluster.controllerLeader(settings()).leaderId,
  active: () => kafkaCluster.isActive(settings()),
};

module.exports = {
  up,
  down,
  status,
  connection,
  serviceEnv,
  eventSigningKey,
  token,
  createDatabase,
  stopKafka,
  startKafka,
  identity,
  stopKeycloak,
  startKeycloak,
  keycloakToken,
  demoUsers,
  keycloakAdmin,
  cluster,
};

function describe(name, piece) {
  const where = piece.brokers ? piece.brokers.join(',') : piece.url.replace(/:[^:@/]*@/, ':***@');
  const how = piece.external ? 'external' : piece.pid ? `pid ${piece.pid}` : 'not running';
  return `${name}: ${piece.up ? 'up' : 'DOWN'} at ${where} (${how})`;
}

async function cli([command, sub, extra, ...rest]) {
  if (command === 'token' && sub) {
    console.log(token({ roles: [sub], department: extra ?? null }));
    return 0;
  }
  switch (`${command} ${sub ?? ''}`.trim()) {
    case 'up':
      await up();
      return 0;
    case 'up --brokers':
    case 'up --brokers=1':
    case 'up --brokers=3': {
      const brokers = Number(sub === '--brokers' ? extra : sub.split('=')[1]);
      if (![1, 3].includes(brokers) || rest.length > 0) {
        console.error('usage: node tools/stack.js up --brokers 1|3');
        return 2;
      }
      await up({ brokers });
      return 0;
    }
    case 'down':
      await down();
      return 0;
    case 'status': {
      const current = await status();
      console.log(describe('kafka', current.kafka));
      console.log(describe('postgres', current.postgres));
      console.log(describe('keycloak', current.keycloak));
      return current.kafka.up && current.postgres.up && current.keycloak.up ? 0 : 1;
    }
    case 'env':
      console.log(JSON.stringify({ ...connection(), keycloak: identity() }, null, 2));
      return 0;
    case 'users':
      for (const user of demoUsers()) {
        console.log(`${user.username.padEnd(16)} ${user.password.padEnd(12)} ${[...user.roles, user.department].filter(Boolean).join(' ')}`);
      }
      return 0;
    case 'keycloak stop':
      await stopKeycloak();
      return 0;
    case 'keycloak start':
      await startKeycloak();
      return 0;
    case 'kafka stop':
      await stopKafka();
      return 0;
    case 'kafka start':
      await startKafka();
      return 0;
    default:
      console.error('usage: node tools/stack.js up [--brokers 1|3]|down|status|env|users|kafka stop|kafka start|keycloak stop|keycloak start|token ROLE [DEPARTMENT]');
      return 2;
  }
}

if (require.main === module) {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
