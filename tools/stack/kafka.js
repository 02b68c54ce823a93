// The single-node KRaft broker: start detached, wait until kafkajs can use it, stop.
const fs = require('node:fs');
const { spawn } = require('node:child_process');
const { Kafka, logLevel } = require('kafkajs');
const { layout, ensureJars, prepare, brokerCommand, requireJava } = require('./kafka-files');
const { readPid, isRunning, isPortOpen, waitFor, tail } = require('./processes');

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

const brokers = (cfg) => cfg.kafka.external || [`127.0.0.1:${cfg.kafka.port}`];

function localPid(cfg) {
  const files = layout(cfg);
  const pid = readPid(files.pid);
  return isRunning(pid, files.properties) ? pid : null;
}

/** Resolves true once a kafkajs admin can list topics on `brokerList`. */
async function answers(brokerList) {
  const admin = new Kafka({
    clientId: 'park-ledger-stack',
    brokers: brokerList,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2000,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    await admin.listTopics();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function state(cfg) {
  if (cfg.kafka.external) return { up: await answers(cfg.kafka.external), brokers: cfg.kafka.external, external: true };
  const pid = localPid(cfg);
  const up = pid !== null && (await answers(brokers(cfg)));
  return pid ? { up, brokers: brokers(cfg), pid } : { up, brokers: brokers(cfg) };
}

async function start(cfg, log = console.log) {
  if (cfg.kafka.external) {
    log(`kafka: using KAFKA_BROKERS=${cfg.kafka.external.join(',')}`);
    return;
  }
  const files = layout(cfg);
  let pid = localPid(cfg);
  if (!pid) {
    requireJava();
    for (const port of [cfg.kafka.port, cfg.kafka.controllerPort]) {
      if (await isPortOpen(port)) throw new Error(`kafka: port ${port} is taken by another process; set KAFKA_PORT / KAFKA_CONTROLLER_PORT`);
    }
    ensureJars(cfg, log);
    prepare(cfg, log);
    const out = fs.openSync(files.consoleLog, 'a');
    const [java, args] = brokerCommand(cfg);
    const child = spawn(java, args, { detached: true, stdio: ['ignore', out, out], cwd: cfg.kafka.dir });
    fs.closeSync(out);
    child.unref();
    pid = child.pid;
    fs.writeFileSync(files.pid, `${pid}\n`);
  }
  const startedPid = pid;
  await waitFor(
    async () => {
      if (!isRunning(startedPid, files.properties)) {
        throw new Error(`kafka: broker exited during start-up; see ${files.serverLog}\n${tail(files.consoleLog)}\n${tail(files.serverLog)}`);
      }
      return answers(brokers(cfg));
    },
    {
      timeoutMs: READY_TIMEOUT_MS,
      intervalMs: 500,
      failure: () => new Error(`kafka: broker (pid ${startedPid}) did not answer listTopics within ${READY_TIMEOUT_MS / 1000}s; see ${files.serverLog}\n${tail(files.serverLog)}`),
    },
  );
  log(`kafka: up at ${brokers(cfg).join(',')} (pid ${startedPid})`);
}

async function stop(cfg, log = console.log) {
  if (cfg.kafka.external) return;
  const files = layout(cfg);
  const pid = localPid(cfg);
  if (pid) {
    process.kill(pid, 'SIGTERM');
    try {
      await waitFor(() => !isRunning(pid, files.properties), { timeoutMs: STOP_TIMEOUT_MS, failure: () => new Error('timeout') });
    } catch {
      log(`kafka: pid ${pid} ignored SIGTERM for ${STOP_TIMEOUT_MS / 1000}s, killing it`);
      process.kill(pid, 'SIGKILL');
      await waitFor(() => !isRunning(pid, files.properties), { timeoutMs: 10_000, failure: () => new Error(`kafka: pid ${pid} survived SIGKILL`) });
    }
  }
  fs.rmSync(files.pid, { force: true });
  for (const port of [cfg.kafka.port, cfg.kafka.controllerPort]) {
    await waitFor(async () => !(await isPortOpen(port)), {
      timeoutMs: 10_000,
      failure: () => new Error(`kafka: port ${port} still open after the broker stopped (another process?)`),
    });
  }
  log(pid ? `kafka: stopped (pid ${pid})` : 'kafka: not running');
}

module.exports = { start, stop, state, brokers };
