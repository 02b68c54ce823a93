// Serialises up/down/start/stop across processes (tests and scripts may call up() at the same time).
const fs = require('node:fs');
const path = require('node:path');
const { readPid, sleep } = require('./processes');

const WAIT_MS = 300_000;

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** A lock whose holder died, or that was left empty for a while, is taken over. */
function stale(file) {
  const holder = readPid(file);
  if (holder) return !alive(holder);
  try {
    return Date.now() - fs.statSync(file).mtimeMs > 5000;
  } catch {
    return true;
  }
}

async function withLock(home, work) {
  fs.mkdirSync(home, { recursive: true });
  const file = path.join(home, 'stack.lock');
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (stale(file)) {
        fs.rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`stack: ${file} is held by pid ${readPid(file)}; is another \`up\` stuck?`);
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(file, { force: true });
  }
}

module.exports = { withLock };
