import { DomainRuleViolation } from '@park-ledger/decider';
import { BadRequestException } from '@nestjs/common';

export interface BusinessTimeBounds {
  /** the first day anything can have happened in the park */
  readonly earliest: string;
  /** how far ahead of the server's clock a client's clock may be */
  readonly clockSkewMs: number;
}

/**
 * `occurredAt` is the client's word for when it happened. A time that is not one is malformed (400);
 * a well-formed time in the future or before the park was established breaks a rule of the park's
 * calendar (422 `occurred-at-out-of-range`), as any business rule does.
 */
export function checkBusinessTime(occurredAt: string, bounds: BusinessTimeBounds, now = Date.now()): string {
  const at = Date.parse(occurredAt);
  if (Number.isNaN(at)) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'BadRequest',
      message: ['occurredAt: must be an ISO-8601 date-time with an offset'],
    });
  }
  const outOfRange =
    at > now + bounds.clockSkewMs
      ? 'must not be in the future'
      : at < Date.parse(bounds.earliest)
        ? `must not be before ${bounds.earliest}, when the park was established`
        : undefined;
  if (outOfRange) throw new DomainRuleViolation('occurred-at-out-of-range', `occurredAt: ${outOfRange}`);
  return occurredAt;
}
