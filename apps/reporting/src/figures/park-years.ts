import { DomainRuleViolation } from '@park-ledger/decider';

const PARK_OFFSET_MS = 8 * 3600_000;

/** The business year (park time, UTC+8) of an instant. */
export const parkYear = (at: string | Date): number => new Date(new Date(at).getTime() + PARK_OFFSET_MS).getUTCFullYear();

/**
 * The years the park has figures for: from the year it was established (PARK_ESTABLISHED_ON) to the
 * current one. A well-formed year outside them is refused by a rule of the park (422 year-out-of-range),
 * as a business time before the establishment is refused by the department services.
 */
export function assertParkYear(year: number, establishedOn: string, now = new Date()): void {
  const [first, last] = [parkYear(establishedOn), parkYear(now)];
  if (year < first || year > last) {
    throw new DomainRuleViolation('year-out-of-range', `year must be from ${first}, when the park was established, to ${last}, the current year`);
  }
}
