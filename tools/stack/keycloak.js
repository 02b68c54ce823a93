// Keycloak (the OIDC provider people sign in with): its distribution fetched once from Maven
// Central, started in dev mode on 127.0.0.1 with the park-ledger realm imported from the repo.
const fs = require('node:fs');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { readPid, isRunning, isPortOpen, waitFor, tail, requireCommand } = require('./processes');
const { secrets } = require('./config');

const VERSION = '26.5.6';
const REALM = 'park-ledger';
const READY_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 30_000;
const realmFile = path.join(__dirname, '..', 'keycloak', `${REALM}-realm.json`);

const layout = (cfg) => {
  const dist = path.join(cfg.keycloak.dir, `keycloak-${VERSION}`);
  return {
    dist,
    script: path.join(dist, 'bin', 'kc.sh'),
    imports: path.join(dist, 'data', 'import'),
    database: path.join(dist, 'data', 'h2'),
    realmStamp: path.join(dist, 'data', '.realm-imported'),
    consoleLog: path.join(cfg.keycloak.dir, 'console.log'),
    pid: path.join(cfg.keycloak.dir, 'keycloak.pid'),
  };
};

const baseUrl = (cfg) => cfg.keycloak.external || `http://127.0.0.1:${cfg.keycloak.port}`;
const issuer = (cfg) => `${baseUrl(cfg)}/realms/${REALM}`;

/** What the services and the web app need: the realm's issuer, its key set, the web client. */
function endpoints(cfg) {
  return {
    url: baseUrl(cfg),
    realm: REALM,
    issuer: issuer(cfg),
    jwksUrl: `${issuer(cfg)}/protocol/openid-connect/certs`,
    tokenUrl: `${issuer(cfg)}/protocol/openid-connect/token`,
    webClientId: 'park-ledger-web',
    cliClientId: 'park-ledger-cli',
  };
}

/** The demo users of the imported realm, with their development passwords. */
function demoUsers() {
  const realm = JSON.parse(fs.readFileSync(realmFile, 'utf8'));
  return realm.users.map((user) => ({
    username: user.username,
    password: user.credentials[0].value,
    roles: user.realmRoles ?? ['submitter'],
    department: user.groups ? user.groups[0].replace(/^\//, '') : null,
  }));
}

const javaVersionOf = (home) => {
  try {
    const release = fs.readFileSync(path.join(home, 'release'), 'utf8');
    const match = /^JAVA_VERSION="(\d+)/m.exec(release);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
};

/** A Java 21+ home: KEYCLOAK_JAVA_HOME, else JAVA_HOME if new enough, else the newest in /usr/lib/jvm. */
function javaHome() {
  const given = process.env.KEYCLOAK_JAVA_HOME;
  if (given) {
    if (javaVersionOf(given) < 21) throw new Error(`keycloak: KEYCLOAK_JAVA_HOME=${given} is not a Java 21+ home (its release file says ${javaVersionOf(given) || 'nothing'})`);
    return given;
  }
  const candidates = [process.env.JAVA_HOME, ...listJvms()].filter(Boolean);
  const best = candidates.map((home) => ({ home, version: javaVersionOf(home) })).sort((a, b) => b.version - a.version)[0];
  if (!best || best.version < 21) {
    throw new Error(
      `keycloak: Keycloak ${VERSION} needs a Java 21+ runtime and none was found (looked at JAVA_HOME and /usr/lib/jvm). ` +
        'Install one (e.g. apt-get install openjdk-21-jre-headless, or a Temurin 21/25 JDK) and set KEYCLOAK_JAVA_HOME to it, or set KEYCLOAK_URL to an external Keycloak.',
    );
  }
  return best.home;
}

function listJvms() {
  try {
    return fs.readdirSync('/usr/lib/jvm').map((name) => path.join('/usr/lib/jvm', name));
  } catch {
    return [];
  }
}

/** Unpacks keycloak-quarkus-dist (fetched with mvn into the local Maven repository) unless that version is there. */
function ensureDistribution(cfg, log) {
  const files = layout(cfg);
  if (fs.existsSync(files.script)) return;
  requireCommand('mvn', ['-v'], 'install Apache Maven (apt-get install maven) or set KEYCLOAK_URL');
  log(`keycloak: fetching keycloak-quarkus-dist ${VERSION} with mvn (first run only)…`);
  const staging = path.join(cfg.keycloak.dir, 'download');
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const fetched = spawnSync(
    'mvn',
    ['-q', '-B', '-Dstyle.color=never', 'dependency:copy', `-Dartifact=org.keycloak:keycloak-quarkus-dist:${VERSION}:tar.gz`, `-DoutputDirectory=${staging}`],
    { encoding: 'utf8', cwd: staging },
  );
  if (fetched.status !== 0) throw new Error(`keycloak: mvn could not fetch the distribution (exit ${fetched.status}):\n${fetched.stdout}${fetched.stderr}`);
  const archive = path.join(staging, `keycloak-quarkus-dist-${VERSION}.tar.gz`);
  const unpacked = spawnSync('tar', ['xzf', archive, '-C', staging], { encoding: 'utf8' });
  if (unpacked.status !== 0) throw new Error(`keycloak: could not unpack ${archive}:\n${unpacked.stderr}`);
  fs.rmSync(files.dist, { recursive: true, force: true });
  fs.renameSync(path.join(staging, `keycloak-${VERSION}`), files.dist);
  fs.rmSync(staging, { recursive: true, force: true });
}

/**
 * Puts the realm file where --import-realm reads it. Import skips a realm that exists, so when the
 * file changed since the last import the development database is dropped and the realm imported anew.
 */
function prepareRealm(cfg, log) {
  const files = layout(cfg);
  const content = fs.readFileSync(realmFile, 'utf8');
  const stamp = require('node:crypto').createHash('sha256').update(content).digest('hex');
  const previous = fs.existsSync(files.realmStamp) ? fs.readFileSync(files.realmStamp, 'utf8').trim() : null;
  if (previous !== stamp) {
    if (previous) log('keycloak: the realm file changed; importing it into a fresh development database');
    fs.rmSync(files.database, { recursive: true, force: true });
  }
  fs.mkdirSync(files.imports, { recursive: true });
  fs.writeFileSync(path.join(files.imports, `${REALM}-realm.json`), content);
  fs.writeFileSync(files.realmStamp, `${stamp}\n`);
}

/** The bootstrap admin of the master realm (development only), generated once into secrets.json. */
function adminCredentials(cfg) {
  const file = path.join(cfg.home, 'secrets.json');
  const current = secrets(cfg.home);
  if (!current.keycloakAdminPassword) {
    current.keycloakAdminPassword = require('node:crypto').randomBytes(18).toString('base64url');
    fs.writeFileSync(file, JSON.stringify(current, null, 2) + '\n', { mode: 0o600 });
  }
  return { username: 'admin', password: current.keycloakAdminPassword };
}

function localPid(cfg) {
  const files = layout(cfg);
  const pid = readPid(files.pid);
  return isRunning(pid, files.dist) ? pid : null;
}

async function answers(cfg) {
  try {
    const res = await fetch(`${issuer(cfg)}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function state(cfg) {
  const where = { url: baseUrl(cfg) };
  if (cfg.keycloak.external) return { up: await answers(cfg), ...where, external: true };
  const pid = localPid(cfg);
  const up = pid !== null && (await answers(cfg));
  return pid ? { up, ...where, pid } : { up, ...where };
}

async function start(cfg, log = console.log) {
  if (cfg.keycloak.external) {
    log(`keycloak: using KEYCLOAK_URL=${cfg.keycloak.external}`);
    return;
  }
  const files = layout(cfg);
  let pid = localPid(cfg);
  if (!pid) {
    const java = javaHome();
    if (await isPortOpen(cfg.keycloak.port)) throw new Error(`keycloak: port ${cfg.keycloak.port} is taken by another process; set KEYCLOAK_PORT`);
    ensureDistribution(cfg, log);
    prepareRealm(cfg, log);
    const admin = adminCredentials(cfg);
    const out = fs.openSync(files.consoleLog, 'a');
    const args = [
      'start-dev',
      '--http-host=127.0.0.1',
      `--http-port=${cfg.keycloak.port}`,
      `--hostname=${baseUrl(cfg)}`,
      '--import-realm',
      '--log-level=WARN,org.keycloak.services:INFO,io.quarkus:INFO',
    ];
    const child = spawn(files.script, args, {
      detached: true,
      stdio: ['ignore', out, out],
      cwd: cfg.keycloak.dir,
      env: {
        ...process.env,
        JAVA_HOME: java,
        // a modest heap: the default is a share of the machine's memory
        JAVA_OPTS_KC_HEAP: '-Xms64m -Xmx512m -XX:MaxMetaspaceSize=256m',
        KC_BOOTSTRAP_ADMIN_USERNAME: admin.username,
        KC_BOOTSTRAP_ADMIN_PASSWORD: admin.password,
      },
    });
    fs.closeSync(out);
    child.unref();
    pid = child.pid;
    fs.writeFileSync(files.pid, `${pid}\n`);
  }
  const startedPid = pid;
  await waitFor(
    async () => {
      if (!isRunning(startedPid, files.dist)) {
        throw new Error(`keycloak: exited during start-up; see ${files.consoleLog}\n${tail(files.consoleLog, 25)}`);
      }
      return answers(cfg);
    },
    {
      timeoutMs: READY_TIMEOUT_MS,
      intervalMs: 500,
      failure: () => new Error(`keycloak: (pid ${startedPid}) did not serve the realm's discovery document within ${READY_TIMEOUT_MS / 1000}s; see ${files.consoleLog}\n${tail(files.consoleLog, 25)}`),
    },
  );
  log(`keycloak: up at ${baseUrl(cfg)} (pid ${startedPid})`);
}

async function stop(cfg, log = console.log) {
  if (cfg.keycloak.external) return;
  const files = layout(cfg);
  const pid = localPid(cfg);
  if (pid) {
    // kc.sh forwards TERM to the JVM; signal the whole group in case it has already exec'd
    const signal = (name) => {
      try {
        process.kill(-pid, name);
      } catch {
        process.kill(pid, name);
      }
    };
    signal('SIGTERM');
    try {
      await waitFor(() => !isRunning(pid, files.dist), { timeoutMs: STOP_TIMEOUT_MS, failure: () => new Error('timeout') });
    } catch {
      log(`keycloak: pid ${pid} ignored SIGTERM for ${STOP_TIMEOUT_MS / 1000}s, killing it`);
      signal('SIGKILL');
      await waitFor(() => !isRunning(pid, files.dist), { timeoutMs: 10_000, failure: () => new Error(`keycloak: pid ${pid} survived SIGKILL`) });
    }
  }
  fs.rmSync(files.pid, { force: true });
  await waitFor(async () => !(await isPortOpen(cfg.keycloak.port)), {
    timeoutMs: 15_000,
    failure: () => new Error(`keycloak: port ${cfg.keycloak.port} still open after Keycloak stopped (another process?)`),
  });
  log(pid ? `keycloak: stopped (pid ${pid})` : 'keycloak: not running');
}

/** A token from Keycloak itself (password grant on the development-only CLI client). */
async function passwordGrant(cfg, username, password) {
  const { tokenUrl, cliClientId } = endpoints(cfg);
  const res = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: cliClientId, username, password }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`keycloak: no token for ${username}: ${res.status} ${body.error_description ?? body.error}`);
  return body.access_token;
}

module.exports = { start, stop, state, endpoints, demoUsers, adminCredentials, passwordGrant, javaHome, VERSION };
