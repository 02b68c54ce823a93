import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { InvalidToken } from './jwt';
import { VerifiedTokens } from './verified-tokens';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const issuer = 'park-ledger-test';
const audience = 'park-ledger';
const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const tokenFor = (claims: object, key: KeyObject = privateKey) => {
  const signed = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: issuer, aud: audience, sub: 'clerk', ...claims })}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), key).toString('base64url')}`;
};

describe('VerifiedTokens', () => {
  let now: number;
  let keyLookups: number;
  const tokens = (options: { capacity?: number; maxAgeMs?: number } = {}) =>
    new VerifiedTokens(
      {
        issuer,
        audience,
        clockToleranceSeconds: 0,
        key: async () => {
          keyLookups++;
          return publicKey;
        },
      },
      { ...options, clock: () => now },
    );
  const seconds = () => Math.floor(now / 1000);

  beforeEach(() => {
    now = Date.UTC(2026, 10, 27, 9, 0, 0);
    keyLookups = 0;
  });

  it('verifies a token once and answers later uses from memory', async () => {
    const verified = tokens();
    const token = tokenFor({ exp: seconds() + 3600 });
    expect(await verified.verify(token)).toMatchObject({ sub: 'clerk' });
    expect(await verified.verify(token)).toMatchObject({ sub: 'clerk' });
    expect(keyLookups).toBe(1);
  });

  it('refuses a remembered token once it has expired, and forgets it', async () => {
    const verified = tokens();
    const token = tokenFor({ exp: seconds() + 60 });
    await verified.verify(token);
    now += 61_000;
    await expect(verified.verify(token)).rejects.toThrow(new InvalidToken('token expired'));
    expect(verified.size).toBe(0);
  });

  it('never lets a token with a different signature ride on a remembered one', async () => {
    const verified = tokens();
    const token = tokenFor({ exp: seconds() + 3600 });
    await verified.verify(token);
    const forged = `${token.slice(0, token.lastIndexOf('.'))}.${tokenFor({ exp: seconds() + 3600 }, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey).split('.')[2]}`;
    await expect(verified.verify(forged)).rejects.toThrow(new InvalidToken('bad signature'));
  });

  it('does not remember a token that failed verification', async () => {
    const verified = tokens();
    const expired = tokenFor({ exp: seconds() - 10 });
    await expect(verified.verify(expired)).rejects.toThrow(InvalidToken);
    expect(verified.size).toBe(0);
  });

  it('verifies a remembered token afresh after its maximum age', async () => {
    const verified = tokens({ maxAgeMs: 1000 });
    const token = tokenFor({ exp: seconds() + 3600 });
    await verified.verify(token);
    now += 1500;
    await verified.verify(token);
    expect(keyLookups).toBe(2);
  });

  it('forgets the oldest token when full', async () => {
    const verified = tokens({ capacity: 2 });
    const [first, second, third] = ['a', 'b', 'c'].map((sub) => tokenFor({ sub, exp: seconds() + 3600 }));
    for (const token of [first, second, third]) await verified.verify(token);
    expect(verified.size).toBe(2);
    await verified.verify(second);
    expect(keyLookups).toBe(3);
    await verified.verify(first);
    expect(keyLookups).toBe(4);
  });
});
