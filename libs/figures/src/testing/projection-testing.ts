import { randomUUID } from 'node:crypto';
import {
  EventRegistry,
  landEvents,
  projectsEvents,
  safetyEvents,
  type Department,
  type EventEnvelope,
} from '@park-ledger/contracts';
import type { Contribution, RecordProjection } from '../record-projection';

const registry = new EventRegistry([...projectsEvents, ...landEvents, ...safetyEvents]);

/**
 * Builds the envelopes of one record's stream, numbering versions as the event store would. Payloads are
 * checked against the published contracts, so a test cannot feed a projection an event no service could send.
 */
export const streamOf = (streamId: string, department: Department) => {
  let version = 0;
  return (type: string, payload: object, occurredAt: string): EventEnvelope => {
    const problems = registry.validatePayload(type, payload);
    if (problems.length > 0) throw new Error(`${type}: ${problems.join('; ')}`);
    return envelope(streamId, department, ++version, type, payload, occurredAt);
  };
};

const envelope = (
  streamId: string,
  department: Department,
  streamVersion: number,
  type: string,
  payload: object,
  occurredAt: string,
): EventEnvelope => ({
  eventId: randomUUID(),
  type,
  // the version its payload was checked against (HazardPenalty* are at v2)
  schemaVersion: registry.schemaVersionOf(type),
  streamId,
  streamVersion,
  occurredAt,
  recordedAt: occurredAt,
  department,
  actor: 'clerk@test',
  correlationId: randomUUID(),
  causationId: null,
  payload,
});

/** Folds a history the way the reporting core does, refusing events the projection did not claim. */
export const replay = <Row>(projection: RecordProjection<Row>, events: readonly EventEnvelope[]): Row | null =>
  events.reduce<Row | null>((row, event) => {
    if (!projection.eventTypes.includes(event.type)) throw new Error(`${projection.kind} does not claim ${event.type}`);
    return projection.evolve(row, event);
  }, null);

export const contributionsAfter = <Row>(projection: RecordProjection<Row>, events: readonly EventEnvelope[]) => {
  const row = replay(projection, events);
  return row === null ? [] : projection.contributions(row);
};

const matches = (contribution: Contribution, figure: string, dims: Record<string, string>) =>
  contribution.figure === figure && Object.entries(dims).every(([key, value]) => contribution.dims[key] === value);

const sum = (contributions: readonly Contribution[]) => contributions.reduce((total, c) => total + c.value, 0);

/** A flow over a year ('2014') or a month ('2014-03'), as the reporting core sums it. */
export const flow = (contributions: readonly Contribution[], figure: string, period: string, dims = {}) =>
  sum(contributions.filter((c) => matches(c, figure, dims) && c.period.startsWith(period)));

/** A stock at the end of a year ('2014') or a month ('2014-03'), as the reporting core sums it. */
export const stock = (contributions: readonly Contribution[], figure: string, period: string, dims = {}) => {
  const end = period.length === 4 ? `${period}-12` : period;
  return sum(contributions.filter((c) => matches(c, figure, dims) && c.period <= end));
};
