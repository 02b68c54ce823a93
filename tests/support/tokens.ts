import { generateKeyPairSync, sign } from 'node:crypto';
import { stack } from '@park-ledger/test-support';

export type TokenKind = 'none' | 'submitter' | 'wrong-department' | 'reader' | 'admin' | 'expired' | 'bad-signature';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

/** A well-formed token for the right issuer and audience, signed by a key nobody trusts. */
function forgedToken(department: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64({ alg: 'RS256', typ: 'JWT' });
  const payload = b64({
    iss: stack.identity().issuer,
    aud: 'park-ledger',
    sub: 'mallory',
    department,
    roles: ['submitter', 'reader', 'admin'],
    exp: now + 600,
  });
  return `${header}.${payload}.${sign('sha256', Buffer.from(`${header}.${payload}`), strangerKey).toString('base64url')}`;
}

const otherDepartment = (department: string) => (department === 'projects' ? 'land' : 'projects');

/** The Authorization header for a kind of caller; 'wrong-department' is a submitter of another one. */
export function authorization(kind: TokenKind, department: string): Record<string, string> {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  switch (kind) {
    case 'none':
      return {};
    case 'submitter':
      return bearer(stack.token({ roles: ['submitter'], department }));
    case 'wrong-department':
      return bearer(stack.token({ roles: ['submitter'], department: otherDepartment(department) }));
    case 'reader':
      return bearer(stack.token({ roles: ['reader'] }));
    case 'admin':
      return bearer(stack.token({ roles: ['admin'] }));
    case 'expired':
      return bearer(stack.token({ roles: ['submitter'], department, exp: Math.floor(Date.now() / 1000) - 3600 }));
    case 'bad-signature':
      return bearer(forgedToken(department));
  }
}
