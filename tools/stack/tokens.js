// Dev-only signing key and bearer tokens for the local stack. The key pair is generated on first
// use under the stack's home; services verify with the public half (JWT_PUBLIC_KEY_FILE) beside
// Keycloak's key set (JWT_JWKS_URL). Dev tokens carry the realm's issuer and the dev key's id.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const AUDIENCE = 'park-ledger';
const KEY_ID = 'park-ledger-dev';

function keyFiles(home) {
  const dir = path.join(home, 'jwt');
  const files = { privateKey: path.join(dir, 'signing-key.pem'), publicKey: path.join(dir, 'signing-key.pub.pem') };
  if (!fs.existsSync(files.publicKey)) {
    fs.mkdirSync(dir, { recursive: true });
    const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    fs.writeFileSync(files.privateKey, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    fs.writeFileSync(files.publicKey, publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644 });
  }
  return files;
}

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs an RS256 token; claims override the defaults (e.g. exp in the past for tests). */
function mintToken(home, issuer, { sub, department = null, roles, ttlSeconds = 12 * 3600, ...claims }) {
  const now = Math.floor(Date.now() / 1000);
  const header = b64({ alg: 'RS256', typ: 'JWT', kid: KEY_ID });
  const payload = b64({ iss: issuer, aud: AUDIENCE, sub, department, roles, iat: now, exp: now + ttlSeconds, ...claims });
  const key = fs.readFileSync(keyFiles(home).privateKey, 'utf8');
  const signature = crypto.sign('sha256', Buffer.from(`${header}.${payload}`), key).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

/** How a service verifies tokens on the local stack: Keycloak's keys, and the dev key for scripts and tests. */
function jwtEnv(home, { issuer, jwksUrl }) {
  return { JWT_ISSUER: issuer, JWT_AUDIENCE: AUDIENCE, JWT_JWKS_URL: jwksUrl, JWT_PUBLIC_KEY_FILE: keyFiles(home).publicKey, JWT_PUBLIC_KEY_ID: KEY_ID };
}

module.exports = { mintToken, jwtEnv, keyFiles };
