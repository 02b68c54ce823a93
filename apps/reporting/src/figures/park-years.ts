import { DomainRuleViolation } from '@park-ledger/decider';
import { parkYears } from '@park-ledger/platform';

/**
 * The years the park has figures for: from the year it was established (PARK_ESTABLISHED_ON) to the
 * current one. A well-formed year outside them is refused by a rule of the park (422 year-out-of-range),
 * as a business time before the establishment is refused by the department services. The OpenAPI
 * document states the same bounds on every `year` parameter (as they were when the service started).
 */
export function assertParkYear(year: number, establishedOn: string, now = new Date()): void {
  const { first, last } = parkYears(establishedOn, now);
  if (year < first || year > last) {
    throw new DomainRuleViolation('year-out-of-range', `year must be from ${first}, when the park was established, to ${last}, the current year`);
  }
}
