// The broker's jars (fetched once with mvn) and the files it is started with.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawnSync } = require('node:child_process');
const { requireCommand } = require('./processes');

const pom = path.join(__dirname, '..', 'kafka', 'pom.xml');

function kafkaVersion() {
  const match = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(fs.readFileSync(pom, 'utf8'));
  if (!match) throw new Error(`kafka: no <kafka.version> in ${pom}`);
  return match[1];
}

const layout = (cfg) => ({
  libs: path.join(cfg.kafka.dir, 'libs'),
  data: path.join(cfg.kafka.dir, 'data'),
  properties: path.join(cfg.kafka.dir, 'server.properties'),
  log4j: path.join(cfg.kafka.dir, 'log4j2.properties'),
  serverLog: path.join(cfg.kafka.dir, 'server.log'),
  consoleLog: path.join(cfg.kafka.dir, 'console.log'),
  pid: path.join(cfg.kafka.dir, 'kafka.pid'),
});

const javaBin = () => (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');

function requireJava() {
  requireCommand(javaBin(), ['-version'], 'install a Java 17 runtime (apt-get install openjdk-17-jre-headless) or set KAFKA_BROKERS');
}

/** Copies the broker's runtime jars into .local/kafka/libs unless that pom version is already there. */
function ensureJars(cfg, log) {
  const { libs } = layout(cfg);
  const version = kafkaVersion();
  const marker = path.join(libs, '.kafka-version');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === version) return version;
  requireCommand('mvn', ['-v'], 'install Apache Maven (apt-get install maven) or set KAFKA_BROKERS');
  log(`kafka: fetching jars for ${version} with mvn (first run only)…`);
  const staging = `${libs}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-Dstyle.color=never', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`, '-DincludeScope=runtime'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`kafka: mvn could not fetch the broker jars (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  fs.writeFileSync(path.join(staging, '.kafka-version'), version + '\n');
  fs.rmSync(libs, { recursive: true, force: true });
  fs.renameSync(staging, libs);
  return version;
}

function serverProperties(cfg) {
  const { port, controllerPort } = cfg.kafka;
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `log.dirs=${layout(cfg).data}`,
    'num.partitions=6',
    'auto.create.topics.enable=false',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=6',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'min.insync.replicas=1',
    'default.replication.factor=1',
    'group.initial.rebalance.delay.ms=0',
    'log.retention.ms=-1',
    'log.retention.bytes=-1',
    '',
  ].join('\n');
}

/** Kafka's log4j2 settings: its log to `serverLog`, rolled at 20 MB, `keep` old files kept. */
function log4jProperties(serverLog, keep = 3) {
  return [
    'status = warn',
    'appender.file.type = RollingFile',
    'appender.file.name = file',
    `appender.file.fileName = ${serverLog}`,
    `appender.file.filePattern = ${serverLog}.%i`,
    'appender.file.layout.type = PatternLayout',
    'appender.file.layout.pattern = [%d] %p %m (%c)%n',
    'appender.file.policies.type = Policies',
    'appender.file.policies.size.type = SizeBasedTriggeringPolicy',
    'appender.file.policies.size.size = 20MB',
    'appender.file.strategy.type = DefaultRolloverStrategy',
    `appender.file.strategy.max = ${keep}`,
    'rootLogger.level = INFO',
    'rootLogger.appenderRef.file.ref = file',
    '',
  ].join('\n');
}

/** Writes the config for the current ports and formats the storage on first start. */
function prepare(cfg, log) {
  const files = layout(cfg);
  fs.mkdirSync(cfg.kafka.dir, { recursive: true });
  fs.writeFileSync(files.properties, serverProperties(cfg));
  fs.writeFileSync(files.log4j, log4jProperties(layout(cfg).serverLog));
  if (fs.existsSync(path.join(files.data, 'meta.properties'))) return;
  formatStorage(cfg, crypto.randomBytes(16).toString('base64url'), log);
}

/**
 * Formats the broker's storage for a cluster id (22 base64url characters). The id is given as
 * `--cluster-id=<id>`: one in 64 random ids starts with '-', which a separate argument would pass
 * off as an option.
 */
function formatStorage(cfg, clusterId, log = () => undefined) {
  const files = layout(cfg);
  log(`kafka: formatting storage (cluster id ${clusterId})`);
  const result = spawnSync(
    javaBin(),
    [...jvmFlags(cfg), '-cp', path.join(files.libs, '*'), 'kafka.tools.StorageTool', 'format', `--cluster-id=${clusterId}`, '-c', files.properties],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`kafka: storage format failed:\n${result.stdout}${result.stderr}`);
}

function jvmFlags(cfg) {
  const files = layout(cfg);
  return ['-Xmx512m', '-Xms128m', '-XX:+UseG1GC', '-Djava.awt.headless=true', `-Dlog4j2.configurationFile=${files.log4j}`, `-Dkafka.logs.dir=${cfg.kafka.dir}`];
}

function brokerCommand(cfg) {
  const files = layout(cfg);
  return [javaBin(), [...jvmFlags(cfg), '-cp', path.join(files.libs, '*'), 'kafka.Kafka', files.properties]];
}

module.exports = { layout, ensureJars, prepare, formatStorage, serverProperties, brokerCommand, requireJava, kafkaVersion, log4jProperties };
