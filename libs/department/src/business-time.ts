import { BadRequestException } from '@nestjs/common';

export interface BusinessTimeBounds {
  /** the first day anything can have happened in the park */
  readonly earliest: string;
  /** how far ahead of the server's clock a client's clock may be */
  readonly clockSkewMs: number;
}

/** `occurredAt` is the client's word for when it happened: not in the future, not before the park. */
export function checkBusinessTime(occurredAt: string, bounds: BusinessTimeBounds, now = Date.now()): string {
  const at = Date.parse(occurredAt);
  const problem = Number.isNaN(at)
    ? 'must be an ISO-8601 date-time with an offset'
    : at > now + bounds.clockSkewMs
      ? 'must not be in the future'
      : at < Date.parse(bounds.earliest)
        ? `must not be before ${bounds.earliest}, when the park was established`
        : undefined;
  if (problem) {
    throw new BadRequestException({ statusCode: 400, error: 'BadRequest', message: [`occurredAt: ${problem}`] });
  }
  return occurredAt;
}
