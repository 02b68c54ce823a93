// The compose one-shot `jwt-key`: creates the dev signing key pair under <home>/jwt on first start
// (tools/stack/tokens.js, as the local stack does), readable by the services' user (uid 1000).
// With arguments it mints a dev token instead: `token ROLE [DEPARTMENT]`, issuer from JWT_ISSUER.
const fs = require('node:fs');
const path = require('node:path');
const { keyFiles, mintToken } = require(process.env.TOKENS_JS || '/tools/tokens.js');

const [home, command, role, department] = process.argv.slice(2);
const files = keyFiles(home);
if (command === 'token' && role) {
  const issuer = process.env.JWT_ISSUER;
  console.log(mintToken(home, issuer, { sub: `dev-${department ?? 'park'}-${role}`, roles: [role], department: department ?? null }));
} else {
  for (const file of [path.dirname(files.publicKey), files.publicKey, files.privateKey]) fs.chownSync(file, 1000, 1000);
  console.log(`jwt-key: ${files.publicKey}`);
}
