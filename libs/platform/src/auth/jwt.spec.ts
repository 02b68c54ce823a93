import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { KeySourceUnavailable, keyResolver, verifyJwt } from './jwt';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const now = 1_700_000_000;
const claims = { sub: 'clerk-7', iss: 'park-ledger', aud: 'park-ledger', exp: now + 600 };

/** A compact JWS signed by hand, so that the header can say what the signature is not. */
const signed = (header: object, payload: object, key: KeyObject, algorithm: 'RS256' | 'ES256'): string => {
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  const signer = createSign('sha256').update(input);
  const signature =
    algorithm === 'RS256' ? signer.sign(key) : signer.sign({ key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
};

const options = (key: KeyObject) => ({ key, issuer: 'park-ledger', audience: 'park-ledger', nowSeconds: now });

describe('a token signed with the service’s RSA key', () => {
  it('is verified and gives its claims', async () => {
    const token = signed({ alg: 'RS256', typ: 'JWT' }, claims, rsa.privateKey, 'RS256');
    await expect(verifyJwt(token, options(rsa.publicKey))).resolves.toMatchObject({ sub: 'clerk-7' });
  });

  it('is refused when its header names another algorithm than the signature’s', async () => {
    const token = signed({ alg: 'ES256', typ: 'JWT' }, claims, rsa.privateKey, 'RS256');
    await expect(verifyJwt(token, options(rsa.publicKey))).rejects.toMatchObject({ name: 'InvalidToken' });
  });

  it('is refused under alg none, HS256, or a changed payload', async () => {
    const good = signed({ alg: 'RS256' }, claims, rsa.privateKey, 'RS256');
    const [, , signature] = good.split('.');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    const forged = `${good.split('.')[0]}.${Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url')}.${signature}`;
    const hs = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${good.split('.')[1]}.${signature}`;
    for (const token of [none, forged, hs]) {
      await expect(verifyJwt(token, options(rsa.publicKey))).rejects.toMatchObject({ name: 'InvalidToken' });
    }
  });

  it('names what is wrong with its claims', async () => {
    const sign = (payload: object) => signed({ alg: 'RS256' }, payload, rsa.privateKey, 'RS256');
    await expect(verifyJwt(sign({ ...claims, iss: 'other' }), options(rsa.publicKey))).rejects.toThrow('wrong issuer');
    await expect(verifyJwt(sign({ ...claims, aud: 'other' }), options(rsa.publicKey))).rejects.toThrow('wrong audience');
    await expect(verifyJwt(sign({ ...claims, exp: now - 60 }), options(rsa.publicKey))).rejects.toThrow('token expired');
    const { exp: _exp, ...noExpiry } = claims;
    await expect(verifyJwt(sign(noExpiry), options(rsa.publicKey))).rejects.toThrow('token has no expiry');
  });
});

describe('a token signed with an EC P-256 key', () => {
  it('is verified as ES256', async () => {
    const token = signed({ alg: 'ES256' }, claims, ec.privateKey, 'ES256');
    await expect(verifyJwt(token, options(ec.publicKey))).resolves.toMatchObject({ sub: 'clerk-7' });
  });

  it('is refused when the header says RS256', async () => {
    const token = signed({ alg: 'RS256' }, claims, ec.privateKey, 'ES256');
    await expect(verifyJwt(token, options(ec.publicKey))).rejects.toMatchObject({ name: 'InvalidToken' });
  });
});

describe('a PEM key beside a JWKS endpoint', () => {
  // port 9 (discard) on loopback: nothing listens, the connection is refused at once
  const unreachable = 'http://127.0.0.1:9/realms/park-ledger/protocol/openid-connect/certs';
  const both = () => ({ ...options(rsa.publicKey), key: keyResolver({ pem: rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(), jwksUrl: unreachable, localKeyId: 'dev' }) });

  it('checks a token naming the PEM key’s id, or no id, against the PEM key without asking the endpoint', async () => {
    for (const header of [{ alg: 'RS256', kid: 'dev' }, { alg: 'RS256' }]) {
      await expect(verifyJwt(signed(header, claims, rsa.privateKey, 'RS256'), both())).resolves.toMatchObject({ sub: 'clerk-7' });
    }
  });

  it('sends any other key id to the endpoint, and an unreachable endpoint is KeySourceUnavailable, not an invalid token', async () => {
    const token = signed({ alg: 'RS256', kid: 'keycloak-key-1' }, claims, rsa.privateKey, 'RS256');
    await expect(verifyJwt(token, both())).rejects.toBeInstanceOf(KeySourceUnavailable);
  });

  it('still refuses a token with no id that the PEM key did not sign', async () => {
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const token = signed({ alg: 'RS256' }, claims, stranger.privateKey, 'RS256');
    await expect(verifyJwt(token, both())).rejects.toMatchObject({ name: 'InvalidToken', message: 'bad signature' });
  });
});
