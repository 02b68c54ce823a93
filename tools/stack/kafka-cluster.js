// A 3-node KRaft cluster on loopback, on demand (`npm run stack -- up --brokers 3`): three
// processes that are each controller and broker, Kafka's own replication (RF 3,
// min.insync.replicas 2, unclean leader election off). Node i listens on KAFKA_PORT + 2(i-1) and
// KAFKA_CONTROLLER_PORT + 2(i-1); it lives in .local/kafka-cluster/node-i and uses the single
// broker's jars. The single broker (tools/stack/kafka.js) stays the default.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn, spawnSync } = require('node:child_process');
const { layout, ensureJars, requireJava, log4jProperties } = require('./kafka-files');
const { readPid, isRunning, isPortOpen, waitFor, tail } = require('./processes');

const NODES = [1, 2, 3];
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

const clusterDir = (cfg) => path.join(cfg.home, 'kafka-cluster');
/** Present while the cluster is the stack's Kafka (written by up, removed by down). */
const activeFile = (cfg) => path.join(clusterDir(cfg), 'active');
const isActive = (cfg) => !cfg.kafka.external && fs.existsSync(activeFile(cfg));

const ports = (cfg, id) => ({ port: cfg.kafka.port + 2 * (id - 1), controllerPort: cfg.kafka.controllerPort + 2 * (id - 1) });

function nodeFiles(cfg, id) {
  const dir = path.join(clusterDir(cfg), `node-${id}`);
  return {
    dir,
    data: path.join(dir, 'data'),
    properties: path.join(dir, 'server.properties'),
    log4j: path.join(dir, 'log4j2.properties'),
    serverLog: path.join(dir, 'server.log'),
    consoleLog: path.join(dir, 'console.log'),
    pid: path.join(dir, 'kafka.pid'),
  };
}

const brokers = (cfg) => NODES.map((id) => `127.0.0.1:${ports(cfg, id).port}`);

function serverProperties(cfg, id) {
  const { port, controllerPort } = ports(cfg, id);
  const voters = NODES.map((n) => `${n}@127.0.0.1:${ports(cfg, n).controllerPort}`).join(',');
  return [
    'process.roles=broker,controller',
    `node.id=${id}`,
    `controller.quorum.voters=${voters}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `log.dirs=${nodeFiles(cfg, id).data}`,
    'num.partitions=6',
    'auto.create.topics.enable=false',
    // every topic the services create (they leave the factor to the broker), and Kafka's own
    'default.replication.factor=3',
    'min.insync.replicas=2',
    'unclean.leader.election.enable=false',
    'offsets.topic.replication.factor=3',
    'offsets.topic.num.partitions=6',
    'transaction.state.log.replication.factor=3',
    'transaction.state.log.min.isr=2',
    'share.coordinator.state.topic.replication.factor=3',
    'share.coordinator.state.topic.min.isr=2',
    'group.initial.rebalance.delay.ms=0',
    'log.retention.ms=-1',
    'log.retention.bytes=-1',
    '',
  ].join('\n');
}

const javaBin = () => (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');
/** Modest heaps: three JVMs share a small machine with Postgres, Keycloak and the services. */
const jvmFlags = (files) => ['-Xmx256m', '-Xms96m', '-XX:+UseG1GC', '-Djava.awt.headless=true', `-Dlog4j2.configurationFile=${files.log4j}`, `-Dkafka.logs.dir=${files.dir}`];

/** Writes each node's config; formats the storage of all three with one cluster id on first start. */
function prepare(cfg, log) {
  const libs = path.join(layout(cfg).libs, '*');
  const unformatted = NODES.filter((id) => !fs.existsSync(path.join(nodeFiles(cfg, id).data, 'meta.properties')));
  const clusterIdFile = path.join(clusterDir(cfg), 'cluster-id');
  if (unformatted.length === NODES.length) fs.rmSync(clusterIdFile, { force: true });
  fs.mkdirSync(clusterDir(cfg), { recursive: true });
  if (!fs.existsSync(clusterIdFile)) fs.writeFileSync(clusterIdFile, crypto.randomBytes(16).toString('base64url') + '\n');
  const clusterId = fs.readFileSync(clusterIdFile, 'utf8').trim();
  for (const id of NODES) {
    const files = nodeFiles(cfg, id);
    fs.mkdirSync(files.dir, { recursive: true });
    fs.writeFileSync(files.properties, serverProperties(cfg, id));
    fs.writeFileSync(files.log4j, log4jProperties(files.serverLog, 2));
    if (!unformatted.includes(id)) continue;
    log(`kafka cluster: formatting node ${id} (cluster id ${clusterId})`);
    const result = spawnSync(
      javaBin(),
      [...jvmFlags(files), '-cp', libs, 'kafka.tools.StorageTool', 'format', `--cluster-id=${clusterId}`, '-c', files.properties],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`kafka cluster: storage format of node ${id} failed:\n${result.stdout}${result.stderr}`);
  }
}

function nodePid(cfg, id) {
  const files = nodeFiles(cfg, id);
  const pid = readPid(files.pid);
  return isRunning(pid, files.properties) ? pid : null;
}

/** Starts one node's process (detached) unless it runs; does not wait for it. */
async function spawnNode(cfg, id) {
  if (nodePid(cfg, id)) return nodePid(cfg, id);
  const files = nodeFiles(cfg, id);
  for (const port of Object.values(ports(cfg, id))) {
    if (await isPortOpen(port)) throw new Error(`kafka cluster: port ${port} (node ${id}) is taken by another process`);
  }
  const out = fs.openSync(files.consoleLog, 'a');
  const child = spawn(javaBin(), [...jvmFlags(files), '-cp', path.join(layout(cfg).libs, '*'), 'kafka.Kafka', files.properties], {
    detached: true,
    stdio: ['ignore', out, out],
    cwd: files.dir,
  });
  fs.closeSync(out);
  child.unref();
  fs.writeFileSync(files.pid, `${child.pid}\n`);
  return child.pid;
}

/** Resolves true once a kafkajs admin on `brokerList` sees all three brokers. */
async function allBrokersAnswer(brokerList) {
  const { Kafka, logLevel } = require('kafkajs');
  const admin = new Kafka({ clientId: 'park-ledger-stack', brokers: brokerList, logLevel: logLevel.NOTHING, connectionTimeout: 2000, retry: { retries: 0 } }).admin();
  try {
    await admin.connect();
    const { brokers: seen } = await admin.describeCluster();
    return seen.length === NODES.length;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function waitAllUp(cfg) {
  await waitFor(
    async () => {
      for (const id of NODES) {
        if (!nodePid(cfg, id)) {
          const files = nodeFiles(cfg, id);
          throw new Error(`kafka cluster: node ${id} exited; see ${files.serverLog}\n${tail(files.consoleLog)}\n${tail(files.serverLog)}`);
        }
      }
      return allBrokersAnswer(brokers(cfg));
    },
    { timeoutMs: READY_TIMEOUT_MS, intervalMs: 500, failure: () => new Error(`kafka cluster: not all three brokers registered within ${READY_TIMEOUT_MS / 1000}s`) },
  );
}

async function start(cfg, log = console.log) {
  requireJava();
  ensureJars(cfg, log);
  prepare(cfg, log);
  for (const id of NODES) await spawnNode(cfg, id);
  fs.writeFileSync(activeFile(cfg), 'brokers=3\n');
  await waitAllUp(cfg);
  log(`kafka cluster: up at ${brokers(cfg).join(',')} (pids ${NODES.map((id) => nodePid(cfg, id)).join(', ')})`);
}

async function stopNode(cfg, id, signal = 'SIGTERM') {
  const files = nodeFiles(cfg, id);
  const pid = nodePid(cfg, id);
  if (pid) {
    process.kill(pid, signal);
    try {
      await waitFor(() => !isRunning(pid, files.properties), { timeoutMs: STOP_TIMEOUT_MS, failure: () => new Error('timeout') });
    } catch {
      process.kill(pid, 'SIGKILL');
      await waitFor(() => !isRunning(pid, files.properties), { timeoutMs: 10_000, failure: () => new Error(`kafka cluster: node ${id} survived SIGKILL`) });
    }
  }
  fs.rmSync(files.pid, { force: true });
  for (const port of Object.values(ports(cfg, id))) {
    await waitFor(async () => !(await isPortOpen(port)), { timeoutMs: 10_000, failure: () => new Error(`kafka cluster: port ${port} still open`) });
  }
  return pid;
}

async function stop(cfg, log = console.log) {
  const pids = [];
  // brokers first (controlled shutdown moves their leaders), all at once: a quorum is needed by each
  for (const pid of await Promise.all(NODES.map((id) => stopNode(cfg, id)))) if (pid) pids.push(pid);
  fs.rmSync(activeFile(cfg), { force: true });
  log(pids.length ? `kafka cluster: stopped (pids ${pids.join(', ')})` : 'kafka cluster: not running');
}

async function state(cfg) {
  const pids = NODES.map((id) => nodePid(cfg, id));
  const up = pids.every(Boolean) && (await allBrokersAnswer(brokers(cfg)));
  return { up, brokers: brokers(cfg), pid: pids.filter(Boolean).join(',') || undefined, nodes: NODES.length };
}

/**
 * The active controller, from the nodes' own KRaft quorum state (data/__cluster_metadata-0/quorum-state):
 * the leader id of the highest epoch any running node has recorded.
 */
function controllerLeader(cfg) {
  let best = { leaderId: -1, leaderEpoch: -1 };
  for (const id of NODES) {
    if (!nodePid(cfg, id)) continue;
    try {
      const q = JSON.parse(fs.readFileSync(path.join(nodeFiles(cfg, id).data, '__cluster_metadata-0', 'quorum-state'), 'utf8'));
      if (q.leaderId >= 0 && q.leaderEpoch > best.leaderEpoch) best = { leaderId: q.leaderId, leaderEpoch: q.leaderEpoch };
    } catch {
      // not written yet
    }
  }
  return best;
}

/** For failure tests: SIGKILL one node (no controlled shutdown), or start it again and wait until all three answer. */
const killNode = (cfg, id) => stopNode(cfg, id, 'SIGKILL');
/** For failure tests: SIGSTOP one node (a hung broker: its connections stay open, nothing answers); a later killNode ends it. */
function freezeNode(cfg, id) {
  const pid = nodePid(cfg, id);
  if (!pid) throw new Error(`kafka cluster: node ${id} is not running`);
  process.kill(pid, 'SIGSTOP');
  return pid;
}
async function restartNode(cfg, id) {
  await spawnNode(cfg, id);
  await waitAllUp(cfg);
}

module.exports = { NODES, isActive, start, stop, state, brokers, controllerLeader, killNode, freezeNode, restartNode, nodeFiles, ports };
