// Dev event-signing keys for the local stack: one random 256-bit key per department (base64 in a
// file), generated on first use under the stack's home. A department service signs what its relay
// publishes with its key (EVENT_SIGNING_KEY_FILE, HMAC-SHA256); consumers check with the keys of the
// departments they read (EVENT_VERIFY_KEYS_DIR, `<department>.key`), so a message written to a topic
// by anyone else is parked `untrusted`, never applied.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const DEPARTMENTS = ['projects', 'land', 'safety', 'office'];

/** The keys' folder, creating every department's key that is missing. */
function eventKeysDir(home) {
  const dir = path.join(home, 'event-keys');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const department of DEPARTMENTS) {
    const file = keyFile(home, department);
    if (!fs.existsSync(file)) fs.writeFileSync(file, `${crypto.randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  }
  return dir;
}

const keyFile = (home, department) => path.join(home, 'event-keys', `${department}.key`);

/** A service's event-key settings: every service verifies what it consumes; a department's also signs. */
function eventKeyEnv(home, service) {
  const env = { EVENT_VERIFY_KEYS_DIR: eventKeysDir(home) };
  if (DEPARTMENTS.includes(service)) env.EVENT_SIGNING_KEY_FILE = keyFile(home, service);
  return env;
}

/** The department's key (base64), for tests and benchmarks that publish as the department. */
function eventSigningKey(home, department) {
  if (!DEPARTMENTS.includes(department)) throw new Error(`no event-signing key for ${department}`);
  eventKeysDir(home);
  return fs.readFileSync(keyFile(home, department), 'utf8').trim();
}

/**
 * Crypto-shredding's service token: reporting presents it to each department's
 * GET /internal/subject-keys (SUBJECT_KEYS_TOKEN_FILE, one random token for the local stack), and
 * reporting finds the departments at their ports (SUBJECT_KEY_SOURCES).
 */
function subjectKeysEnv(home, service) {
  const file = path.join(eventKeysDir(home), 'subject-keys.token');
  if (!fs.existsSync(file)) fs.writeFileSync(file, `${crypto.randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  const env = { SUBJECT_KEYS_TOKEN_FILE: file };
  if (service === 'reporting') {
    const port = { projects: 3101, land: 3102, safety: 3103, office: 3105 };
    env.SUBJECT_KEY_SOURCES = DEPARTMENTS.map(
      (d) => `${d}=http://127.0.0.1:${process.env[`${d.toUpperCase()}_PORT`] ?? port[d]}`,
    ).join(',');
  }
  return env;
}

module.exports = { eventKeyEnv, eventKeysDir, eventSigningKey, subjectKeysEnv };
