// Process and port checks shared by the Kafka and Postgres pieces.
const fs = require('node:fs');
const net = require('node:net');
const { spawnSync } = require('node:child_process');

function readPid(file) {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** True when `pid` is a live (non-zombie) process whose command line contains `marker`. */
function isRunning(pid, marker) {
  if (!pid) return false;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (/\) Z /.test(stat)) return false;
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    return cmdline.includes(marker);
  } catch {
    return false;
  }
}

function isPortOpen(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value; throws `failure()` after `timeoutMs`. */
async function waitFor(check, { timeoutMs, intervalMs = 250, failure }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw failure();
    await sleep(intervalMs);
  }
}

function requireCommand(command, args, hint) {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error && probe.error.code === 'ENOENT') {
    throw new Error(`\`${command}\` not found: ${hint}`);
  }
}

function tail(file, lines = 15) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log yet)';
  }
}

module.exports = { readPid, isRunning, isPortOpen, sleep, waitFor, requireCommand, tail };
