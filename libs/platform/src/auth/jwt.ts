import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { createPublicKey, KeyObject } from 'node:crypto';

export class InvalidToken extends Error {
  override readonly name = 'InvalidToken';
}

/** The identity provider's key set could not be fetched: the token cannot be judged now (503, not 401). */
export class KeySourceUnavailable extends Error {
  override readonly name = 'KeySourceUnavailable';
}

export interface JwtClaims {
  readonly sub?: string;
  readonly iss?: string;
  readonly aud?: string | string[];
  readonly exp?: number;
  readonly nbf?: number;
  readonly [claim: string]: unknown;
}

export interface VerifyOptions {
  /** the service's public key, or a JWKS (keys chosen by the token's `kid`) */
  readonly key: KeyObject | JWTVerifyGetKey;
  readonly issuer: string;
  readonly audience: string;
  readonly nowSeconds?: number;
  readonly clockToleranceSeconds?: number;
}

/** The algorithms a token may be signed with; the key must be of the algorithm's kind (RSA, EC P-256). */
const ALGORITHMS = ['RS256', 'ES256'];

/**
 * Verifies a compact JWS and its registered claims with `jose`: the header's algorithm must be one
 * of ALGORITHMS and fit the key (an RS256 signature under a header saying ES256 is refused),
 * issuer and audience must match, expiry is required.
 */
export async function verifyJwt(token: string, options: VerifyOptions): Promise<JwtClaims> {
  const verifyOptions = {
    algorithms: ALGORITHMS,
    issuer: options.issuer,
    audience: options.audience,
    requiredClaims: ['exp'],
    clockTolerance: options.clockToleranceSeconds ?? 30,
    currentDate: options.nowSeconds === undefined ? undefined : new Date(options.nowSeconds * 1000),
  };
  try {
    const { payload } =
      options.key instanceof KeyObject
        ? await jwtVerify(token, options.key, verifyOptions)
        : await jwtVerify(token, options.key, verifyOptions);
    return payload as JwtClaims;
  } catch (e) {
    if (e instanceof KeySourceUnavailable) throw e;
    throw new InvalidToken(reasonOf(e));
  }
}

/** What a person can act on, from jose's error codes. */
const reasonOf = (e: unknown): string => {
  const code = (e as { code?: string }).code;
  const claim = (e as { claim?: string }).claim;
  if (code === 'ERR_JWT_EXPIRED') return 'token expired';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') {
    if (claim === 'iss') return 'wrong issuer';
    if (claim === 'aud') return 'wrong audience';
    if (claim === 'exp') return 'token has no expiry';
    if (claim === 'nbf') return 'token not yet valid';
    return `invalid claim ${claim ?? ''}`.trim();
  }
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return 'bad signature';
  if (code === 'ERR_JOSE_ALG_NOT_ALLOWED') return 'unsupported algorithm';
  if (code === 'ERR_JWKS_NO_MATCHING_KEY') return 'unknown signing key';
  if (e instanceof TypeError) return 'the token’s algorithm does not fit the key';
  return 'malformed token';
};

/** The token's expiry (required) and not-before, with the clock tolerance. */
export function checkValidityPeriod(claims: JwtClaims, options: Pick<VerifyOptions, 'nowSeconds' | 'clockToleranceSeconds'>): void {
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const tolerance = options.clockToleranceSeconds ?? 30;
  if (typeof claims.exp !== 'number') throw new InvalidToken('token has no expiry');
  if (claims.exp + tolerance < now) throw new InvalidToken('token expired');
  if (typeof claims.nbf === 'number' && claims.nbf - tolerance > now) throw new InvalidToken('token not yet valid');
}

/** The `kid` of the PEM key when a JWKS is configured beside it (the local stack's dev tokens carry it). */
export const DEFAULT_LOCAL_KEY_ID = 'park-ledger-dev';

/** Errors that are the token's fault (its `kid` or algorithm), as opposed to the key set being unreachable. */
const TOKEN_FAULTS = new Set(['ERR_JWKS_NO_MATCHING_KEY', 'ERR_JWKS_MULTIPLE_MATCHING_KEYS', 'ERR_JOSE_NOT_SUPPORTED', 'ERR_JWS_INVALID']);

/**
 * A JWKS endpoint's key set, fetched, cached and refreshed by jose (a token with an unknown `kid`
 * refetches the set, at most every `cooldownMs`: that is how a rotated key is picked up without a
 * restart). A set that cannot be fetched — the provider down, a timeout, a non-200 — is
 * KeySourceUnavailable.
 */
export function remoteKeySet(jwksUrl: string, { timeoutMs = 5000, cooldownMs = 30_000 } = {}): JWTVerifyGetKey {
  const keys = createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: timeoutMs, cooldownDuration: cooldownMs });
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code && TOKEN_FAULTS.has(code)) throw e;
      throw new KeySourceUnavailable(`the identity provider’s signing keys could not be fetched (${(e as Error).message})`);
    }
  };
}

/**
 * The key from a PEM public key, a JWKS endpoint, or both. With both, a token whose header names
 * no `kid`, or the PEM key's id, is checked against the PEM key and every other one against the
 * key set: the local stack trusts Keycloak and its own development key this way.
 */
export function keyResolver(source: { pem?: string; jwksUrl?: string; localKeyId?: string }): VerifyOptions['key'] {
  const local = source.pem ? createPublicKey(source.pem) : undefined;
  const remote = source.jwksUrl ? remoteKeySet(source.jwksUrl) : undefined;
  if (local && remote) {
    const localKeyId = source.localKeyId ?? DEFAULT_LOCAL_KEY_ID;
    return (header, token) => (header.kid === undefined || header.kid === localKeyId ? local : remote(header, token));
  }
  if (local) return local;
  if (remote) return remote;
  throw new Error('a PEM public key or a JWKS URL is required');
}
