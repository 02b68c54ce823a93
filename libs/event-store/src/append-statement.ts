import type { EventEnvelope } from '@park-ledger/contracts';

export const STREAM_VERSION_TAKEN = 'events_stream_id_stream_version_key';
export const IDEMPOTENCY_KEY_TAKEN = 'idempotency_keys_pkey';

export interface AppendStatementInput {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly envelopes: readonly EventEnvelope[];
  readonly topic: string;
  readonly idempotency?: { readonly key: string; readonly requestHash: string };
  /** Other streams the command was checked against: nothing is appended unless each is still at its version. */
  readonly guards?: readonly StreamGuard[];
  /** The record's row in the inline read model after these events, written with them. */
  readonly record?: InlineRecord;
}

/** A record as it stands, as the inline read model keeps it (event_store.records). */
export interface InlineRecord {
  readonly kind: string;
  readonly recordId: string;
  readonly details: object;
  readonly state: unknown;
  readonly status: string | null;
  readonly zoneId: string | null;
  readonly platformId: string | null;
  /** YYYY-MM-DD: the business date of the record's first event; kept as it was by later changes */
  readonly businessDate: string;
  readonly searchText: string;
  readonly version: number;
  readonly changedBy: string;
  readonly changedAt: string;
  readonly reason: string | null;
  readonly corrected: boolean;
  readonly voided: boolean;
}

/**
 * Upserts the records of \`source\` (rows of a jsonb \`record\` and a text \`stream_id\`) into the
 * inline read model; a row never goes back to an older version.
 */
export const upsertRecords = (source: string) => `
  insert into event_store.records (kind, record_id, stream_id, details, state, status, zone_id, platform_id,
    business_date, search_text, version, changed_by, changed_at, reason, corrected, voided)
  select r.kind, r."recordId", s.stream_id, r.details, r.state, r.status, r."zoneId", r."platformId",
    r."businessDate", r."searchText", r.version, r."changedBy", r."changedAt", r.reason, r.corrected, r.voided
  from (${source}) as s, jsonb_to_record(s.record) as r(kind text, "recordId" text, details jsonb, state jsonb,
    status text, "zoneId" text, "platformId" text, "businessDate" date, "searchText" text, version int,
    "changedBy" text, "changedAt" timestamptz, reason text, corrected boolean, voided boolean)
  on conflict (stream_id) do update set details = excluded.details, state = excluded.state,
    status = excluded.status, zone_id = excluded.zone_id, platform_id = excluded.platform_id,
    search_text = excluded.search_text, version = excluded.version, changed_by = excluded.changed_by,
    changed_at = excluded.changed_at, reason = excluded.reason, corrected = excluded.corrected,
    voided = excluded.voided
  where records.version < excluded.version`;

export interface StreamGuard {
  readonly streamId: string;
  readonly version: number;
}

/*
 * One statement, so one round trip and one implicit transaction: the events, their outbox rows
 * and the idempotency record (and the record's row in the inline read model) commit together or not at all.
 * Inserting nothing unless the stream is exactly at the expected version keeps versions gap-free;
 * the unique (stream_id, stream_version) constraint settles races between concurrent writers.
 * The guards hold as of the statement's snapshot: a check on another stream (the zone a project names)
 * is true when the events are written, not only when the command was decided.
 * Rows are inserted in stream order, so outbox positions follow stream versions.
 */
const SQL = `
with input as (
  select value as envelope, ordinality as n from jsonb_array_elements($1::jsonb) with ordinality
), appended as (
  insert into event_store.events (event_id, stream_id, stream_version, type, schema_version, occurred_at,
    recorded_at, department, actor, correlation_id, causation_id, payload)
  select (envelope->>'eventId')::uuid, $2, (envelope->>'streamVersion')::int, envelope->>'type',
    (envelope->>'schemaVersion')::int, (envelope->>'occurredAt')::timestamptz,
    (envelope->>'recordedAt')::timestamptz, envelope->>'department', envelope->>'actor',
    envelope->>'correlationId', envelope->>'causationId', envelope->'payload'
  from input
  where (select coalesce(max(stream_version), 0) from event_store.events where stream_id = $2) = $3::int
    and not exists (
      select 1 from jsonb_to_recordset($7::jsonb) as guard("streamId" text, version int)
      where (select coalesce(max(stream_version), 0) from event_store.events e where e.stream_id = guard."streamId")
        <> guard.version)
  order by n
  returning event_id
), outboxed as (
  insert into event_store.outbox (event_id, topic, message_key, envelope)
  select (envelope->>'eventId')::uuid, $4, $2, envelope
  from input
  where exists (select 1 from appended)
  order by n
  returning position
), remembered as (
  insert into event_store.idempotency_keys (idempotency_key, request_hash, result)
  select $5::text, $6::text,
    jsonb_build_object('streamId', $2::text, 'nextExpectedVersion', $3::int + jsonb_array_length($1::jsonb), 'events', $1::jsonb)
  where $5::text is not null and (jsonb_array_length($1::jsonb) = 0 or exists (select 1 from appended))
  returning 1
), projected as (${upsertRecords(`select $2::text as stream_id, $8::jsonb as record where $8::jsonb is not null and exists (select 1 from appended)`)}
  returning 1
)
select (select count(*) from appended)::int as appended,
  (select count(*) from outboxed)::int as outboxed,
  (select count(*) from remembered)::int as remembered`;

/** Sent after commit by the OutboxNotifier; asynchronous commit, as a lost wake-up only delays a relay's poll. */
export const NOTIFY_OUTBOX = `select set_config('synchronous_commit', 'off', true), pg_notify('event_store_outbox', '')`;

export const appendStatement = (input: AppendStatementInput): { text: string; values: unknown[] } => ({
  text: SQL,
  values: [
    JSON.stringify(input.envelopes),
    input.streamId,
    input.expectedVersion,
    input.topic,
    input.idempotency?.key ?? null,
    input.idempotency?.requestHash ?? null,
    JSON.stringify(input.guards ?? []),
    input.record ? JSON.stringify(input.record) : null,
  ],
});

/*
 * Group commit: the appends of several concurrent commands in one statement, so one round trip and
 * one commit (one WAL flush) for all of them. Each item is checked on its own (its stream at its
 * expected version, its guards holding) and written only if it passes; the others are answered as
 * refused, exactly as the one-command statement would answer them. The items of one batch name
 * distinct streams and distinct idempotency keys, so they never collide with each other; a collision
 * with another transaction (a unique violation) fails the whole statement, and then each item is
 * sent on its own.
 */
const BATCH_SQL = `
with input as (
  select item->>'streamId' as stream_id, (item->>'expectedVersion')::int as expected_version,
    item->'envelopes' as envelopes, item->'guards' as guards,
    item->>'idempotencyKey' as idempotency_key, item->>'requestHash' as request_hash,
    nullif(item->'record', 'null'::jsonb) as record, i
  from jsonb_array_elements($1::jsonb) with ordinality as items(item, i)
), accepted as (
  select * from input
  where (select coalesce(max(stream_version), 0) from event_store.events e where e.stream_id = input.stream_id)
      = input.expected_version
    and not exists (
      select 1 from jsonb_to_recordset(input.guards) as guard("streamId" text, version int)
      where (select coalesce(max(stream_version), 0) from event_store.events e where e.stream_id = guard."streamId")
        <> guard.version)
), new_events as (
  select accepted.stream_id, accepted.i, envelope, n
  from accepted, jsonb_array_elements(accepted.envelopes) with ordinality as events(envelope, n)
), appended as (
  insert into event_store.events (event_id, stream_id, stream_version, type, schema_version, occurred_at,
    recorded_at, department, actor, correlation_id, causation_id, payload)
  select (envelope->>'eventId')::uuid, stream_id, (envelope->>'streamVersion')::int, envelope->>'type',
    (envelope->>'schemaVersion')::int, (envelope->>'occurredAt')::timestamptz,
    (envelope->>'recordedAt')::timestamptz, envelope->>'department', envelope->>'actor',
    envelope->>'correlationId', envelope->>'causationId', envelope->'payload'
  from new_events
  order by i, n
  returning 1
), outboxed as (
  insert into event_store.outbox (event_id, topic, message_key, envelope)
  select (envelope->>'eventId')::uuid, $2, stream_id, envelope
  from new_events
  order by i, n
  returning 1
), remembered as (
  insert into event_store.idempotency_keys (idempotency_key, request_hash, result)
  select idempotency_key, request_hash, jsonb_build_object('streamId', stream_id,
    'nextExpectedVersion', expected_version + jsonb_array_length(envelopes), 'events', envelopes)
  from accepted
  where idempotency_key is not null
  returning 1
), projected as (${upsertRecords(`select stream_id, record from accepted where record is not null`)}
  returning 1
)
select i::int as item from accepted`;

/** Items numbered from 1 in the order given; the statement answers the numbers of those appended. */
export const appendBatchStatement = (
  items: readonly Omit<AppendStatementInput, 'topic'>[],
  topic: string,
): { text: string; values: unknown[] } => ({
  text: BATCH_SQL,
  values: [
    JSON.stringify(
      items.map(({ streamId, expectedVersion, envelopes, idempotency, guards, record }) => ({
        streamId,
        expectedVersion,
        envelopes,
        guards: guards ?? [],
        idempotencyKey: idempotency?.key ?? null,
        requestHash: idempotency?.requestHash ?? null,
        record: record ?? null,
      })),
    ),
    topic,
  ],
});
