import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { createPublicKey, KeyObject } from 'node:crypto';

export class InvalidToken extends Error {
  override readonly name = 'InvalidToken';
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

/** The key from a PEM public key, or a JWKS endpoint's key set (fetched, cached and refreshed by jose). */
export function keyResolver(source: { pem?: string; jwksUrl?: string }): VerifyOptions['key'] {
  if (source.pem) return createPublicKey(source.pem);
  if (!source.jwksUrl) throw new Error('a PEM public key or a JWKS URL is required');
  return createRemoteJWKSet(new URL(source.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
}
