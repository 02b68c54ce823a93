import { createPublicKey, KeyObject, verify } from 'node:crypto';

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
  readonly key: (kid: string | undefined) => Promise<KeyObject>;
  readonly issuer: string;
  readonly audience: string;
  readonly nowSeconds?: number;
  readonly clockToleranceSeconds?: number;
}

const ALGORITHMS: Record<string, { hash: string; dsaEncoding?: 'ieee-p1363' }> = {
  RS256: { hash: 'sha256' },
  ES256: { hash: 'sha256', dsaEncoding: 'ieee-p1363' },
};

const decodePart = (part: string, what: string): Record<string, unknown> => {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // reported below
  }
  throw new InvalidToken(`malformed token ${what}`);
};

/** Verifies a compact JWS (RS256 or ES256) and its registered claims; returns the claims. */
export async function verifyJwt(token: string, options: VerifyOptions): Promise<JwtClaims> {
  const parts = token.split('.');
  if (parts.length !== 3) throw new InvalidToken('malformed token');
  const [headerPart, payloadPart, signaturePart] = parts;
  const header = decodePart(headerPart, 'header');
  const algorithm = ALGORITHMS[String(header['alg'])];
  if (!algorithm) throw new InvalidToken(`unsupported algorithm ${String(header['alg'])}`);
  const key = await options.key(typeof header['kid'] === 'string' ? header['kid'] : undefined);
  const signed = verify(
    algorithm.hash,
    Buffer.from(`${headerPart}.${payloadPart}`),
    { key, dsaEncoding: algorithm.dsaEncoding },
    Buffer.from(signaturePart, 'base64url'),
  );
  if (!signed) throw new InvalidToken('bad signature');

  const claims = decodePart(payloadPart, 'payload') as JwtClaims;
  checkValidityPeriod(claims, options);
  if (claims.iss !== options.issuer) throw new InvalidToken('wrong issuer');
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(options.audience)) throw new InvalidToken('wrong audience');
  return claims;
}

/** The token's expiry (required) and not-before, with the clock tolerance. */
export function checkValidityPeriod(claims: JwtClaims, options: Pick<VerifyOptions, 'nowSeconds' | 'clockToleranceSeconds'>): void {
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const tolerance = options.clockToleranceSeconds ?? 30;
  if (typeof claims.exp !== 'number') throw new InvalidToken('token has no expiry');
  if (claims.exp + tolerance < now) throw new InvalidToken('token expired');
  if (typeof claims.nbf === 'number' && claims.nbf - tolerance > now) throw new InvalidToken('token not yet valid');
}

/** Keys from a PEM public key (one key, any kid) or from a JWKS endpoint (by kid, cached). */
export function keyResolver(source: { pem?: string; jwksUrl?: string }): VerifyOptions['key'] {
  if (source.pem) {
    const key = createPublicKey(source.pem);
    return async () => key;
  }
  const url = source.jwksUrl;
  if (!url) throw new Error('a PEM public key or a JWKS URL is required');
  let cache = new Map<string | undefined, KeyObject>();
  let fetchedAt = 0;
  return async (kid) => {
    if (!cache.has(kid) && Date.now() - fetchedAt > 30_000) {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      const { keys } = (await response.json()) as { keys: (Record<string, unknown> & { kid?: string })[] };
      cache = new Map(keys.map((jwk) => [jwk.kid, createPublicKey({ key: jwk, format: 'jwk' })]));
      if (keys.length === 1) cache.set(undefined, cache.get(keys[0].kid)!);
      fetchedAt = Date.now();
    }
    const key = cache.get(kid);
    if (!key) throw new InvalidToken('unknown signing key');
    return key;
  };
}
