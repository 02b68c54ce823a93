// Which periods the committee office has closed, as a department keeps them from the office's events,
// and whether a change falls in one. Pure: the events and the change's business months in, the mark out.
import type { EventEnvelope, LateChange } from '@park-ledger/contracts';

/** A period's months: 2014 → 2014-01…2014-12; 2014-Q4 → 2014-10…2014-12; 2014-12 → itself. */
export function monthsOfPeriod(period: string): { readonly from: string; readonly to: string } {
  const year = period.slice(0, 4);
  const rest = period.slice(5);
  if (rest === '') return { from: `${year}-01`, to: `${year}-12` };
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1));
    return { from: `${year}-${String(q * 3 - 2).padStart(2, '0')}`, to: `${year}-${String(q * 3).padStart(2, '0')}` };
  }
  return { from: period, to: period };
}

/** What an office event changes in the list of closed periods, if anything. */
export type CloseChange =
  | { readonly kind: 'closed'; readonly period: string; readonly closedAt: string; readonly closeEventId: string }
  | { readonly kind: 'reopened'; readonly period: string };

export function closeChangeOf(event: Pick<EventEnvelope, 'type' | 'payload' | 'occurredAt' | 'eventId'>): CloseChange | undefined {
  const { period } = event.payload as { period: string };
  switch (event.type) {
    case 'PeriodClosed':
      return { kind: 'closed', period, closedAt: event.occurredAt, closeEventId: event.eventId };
    case 'PeriodReopened':
      return { kind: 'reopened', period };
    default:
      return undefined;
  }
}

export interface StandingClose {
  readonly period: string;
  readonly closedAt: string;
  readonly closeEventId: string;
}

/**
 * The mark of a change whose business months (the month it happened, the month its record is about, the
 * month the record began) fall in a closed period: the first such close, the year before its quarters and
 * months; null when none does.
 */
export function lateMarkOf(months: readonly string[], closes: readonly StandingClose[]): LateChange | null {
  const ordered = [...closes].sort((a, b) => a.period.length - b.period.length || a.period.localeCompare(b.period));
  for (const close of ordered) {
    const { from, to } = monthsOfPeriod(close.period);
    if (months.some((m) => m >= from && m <= to)) return { period: close.period, closedAt: close.closedAt, closeEventId: close.closeEventId };
  }
  return null;
}
