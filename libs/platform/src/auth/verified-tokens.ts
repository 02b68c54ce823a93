import { checkValidityPeriod, verifyJwt, type JwtClaims, type VerifyOptions } from './jwt';

export interface VerifiedTokensOptions {
  /** How many distinct tokens are remembered; the oldest is forgotten first. */
  readonly capacity?: number;
  /** A remembered token is verified afresh after this long (a JWKS key may have been withdrawn). */
  readonly maxAgeMs?: number;
  readonly clock?: () => number;
}

/**
 * Remembers tokens whose signature and claims were verified, so a client sending the same token
 * with every request costs one signature check, not one per request (the check is most of an
 * RS256 request's authentication time). Keyed by the whole compact token, signature included: a
 * token that differs in any byte is verified from scratch. Expiry and not-before are checked on
 * every use, so a remembered token is refused the moment it expires.
 */
export class VerifiedTokens {
  private readonly verified = new Map<string, { readonly claims: JwtClaims; readonly at: number }>();
  private readonly capacity: number;
  private readonly maxAgeMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly options: Omit<VerifyOptions, 'nowSeconds'>,
    { capacity = 10_000, maxAgeMs = 5 * 60_000, clock = Date.now }: VerifiedTokensOptions = {},
  ) {
    this.capacity = capacity;
    this.maxAgeMs = maxAgeMs;
    this.clock = clock;
  }

  get size(): number {
    return this.verified.size;
  }

  async verify(token: string): Promise<JwtClaims> {
    const now = this.clock();
    const nowSeconds = Math.floor(now / 1000);
    const known = this.verified.get(token);
    if (known && now - known.at < this.maxAgeMs) {
      try {
        checkValidityPeriod(known.claims, { ...this.options, nowSeconds });
      } catch (e) {
        this.verified.delete(token);
        throw e;
      }
      return known.claims;
    }
    this.verified.delete(token);
    const claims = await verifyJwt(token, { ...this.options, nowSeconds });
    if (this.verified.size >= this.capacity) {
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, { claims, at: now });
    return claims;
  }
}
