import type { EventEnvelope } from '@park-ledger/contracts';
import { businessMonth } from './business-month';

/**
 * One fact a record adds to a figure: "this project counts 1 towards projects signed in 2014-03,
 * zone chengbei, platform tech-park". Figures are sums of contributions, so every total is the sum
 * of its parts and every figure can be traced to the records (and their events) behind it.
 */
export interface Contribution {
  /** dotted name from the figure catalogue, e.g. 'projects.signed' */
  readonly figure: string;
  /** business month the fact belongs to, 'YYYY-MM' in the park's time zone (Asia/Shanghai) */
  readonly period: string;
  /** breakdowns, e.g. { zoneId: 'chengbei', platformId: 'tech-park' }; values are ids, never labels */
  readonly dims: Readonly<Record<string, string>>;
  /** an integer: a count, yuan, centi-mu, … as the catalogue says */
  readonly value: number;
}

/**
 * The read model of one kind of record (a project, an idle parcel, …): how its row evolves with each
 * of its events, and what the row contributes to figures. Pure: no I/O, no clock.
 */
export interface RecordProjection<Row> {
  readonly kind: string;
  readonly eventTypes: readonly string[];
  /** which record an event belongs to: usually its streamId */
  recordIdOf(event: EventEnvelope): string;
  /** null: the record no longer exists (voided) and contributes nothing */
  evolve(row: Row | null, event: EventEnvelope): Row | null;
  contributions(row: Row): readonly Contribution[];
}

/**
 * The projection of one aggregate's records: each stream is one record, fed the aggregate's events
 * (a contracts group such as `hazardEvents`) with the business month each event occurred in.
 */
export const streamProjection = <Row, Event>(
  kind: string,
  definitions: readonly { readonly type: string }[],
  evolve: (row: Row | null, event: Event, month: string) => Row | null,
  contributions: (row: Row) => readonly Contribution[],
): RecordProjection<Row> => ({
  kind,
  eventTypes: definitions.map((definition) => definition.type),
  recordIdOf: (event) => event.streamId,
  evolve: (row, event) => evolve(row, event as unknown as Event, businessMonth(event.occurredAt)),
  contributions,
});
