import { createHash, randomUUID } from 'node:crypto';
import { topicFor, type Department, type DomainEvent, type EventEnvelope, type EventRegistry } from '@park-ledger/contracts';
import type { DataSource } from 'typeorm';
import { AppendBatcher } from './append-batcher';
import {
  appendBatchStatement,
  appendStatement,
  IDEMPOTENCY_KEY_TAKEN,
  NOTIFY_OUTBOX,
  STREAM_VERSION_TAKEN,
  type AppendStatementInput,
  type InlineRecord,
  type StreamGuard,
} from './append-statement';
import type { Decider } from '@park-ledger/decider';
import { ConcurrencyConflict, IdempotencyConflict } from './errors';
import { decodeStored, EVENT_COLUMNS, storedEnvelope, type EventRow } from './event-rows';
import { newEnvelopes, type EventMetadata, type NewEvent } from './new-envelopes';
import { OutboxNotifier } from './outbox-notifier';
import { preparedQuery, type PreparedQuery } from './prepared-query';
import { Snapshots, type Folder, type Snapshot } from './snapshots';
import type { SubjectKeys } from './subject-keys';

export interface AppendOptions {
  /** The stream version the caller decided on; omitted means "whatever it is now". */
  readonly expectedVersion?: number;
  readonly idempotencyKey?: string;
  /** Identifies the request behind the key; defaults to a hash of the stream id and the command. */
  readonly requestHash?: string;
  readonly metadata: EventMetadata;
}

/** Reads another stream's state for a check made before deciding. */
export type ReadStream = <State>(folder: Folder<State>, streamId: string) => Promise<State>;

/**
 * A check on other streams that must pass before the command is decided (the zone a project names
 * is registered). It throws to refuse; the command's events commit only if every stream it read is
 * still at the version it was read at.
 */
export type Precondition = (read: ReadStream) => Promise<void>;

export interface HandleOptions extends Omit<AppendOptions, 'expectedVersion'> {
  /** The version decided on, or 'exists' (If-Match: *): the stream must hold at least one event. */
  readonly expectedVersion?: number | 'exists';
  readonly precondition?: Precondition;
  /**
   * The record's row in the inline read model, from its state after the command's events and those
   * events: written in the same statement as the events (an inline projection).
   */
  readonly inline?: InlineProjection;
}

export type InlineProjection = (state: unknown, events: readonly EventEnvelope[]) => InlineRecord | undefined;

/** Whether the stream's version satisfies what the caller expects of it. */
const fits = (expected: number | 'exists' | undefined, version: number): boolean =>
  expected === undefined || (expected === 'exists' ? version > 0 : expected === version);

export interface AppendResult {
  readonly streamId: string;
  readonly nextExpectedVersion: number;
  readonly events: EventEnvelope[];
}

export interface PositionedEvent {
  readonly globalPosition: number;
  readonly event: EventEnvelope;
}

type Idempotency = { readonly key: string; readonly requestHash: string };
type AppendItem = Omit<AppendStatementInput, 'topic'>;
/** The state a command's events were decided on, how to fold them onto it, and the record's row after them. */
type Basis = { readonly folder: Folder<unknown>; readonly state: unknown; readonly inline?: InlineProjection };

const ANY_VERSION_ATTEMPTS = 5;
/** Streams whose last seen state each instance keeps; a project's state is a few hundred bytes. */
const SNAPSHOT_CAPACITY = 20_000;
/** Append statements one instance has out at once; appends arriving meanwhile are batched (group commit). */
const APPENDS_IN_FLIGHT = 2;
const MAX_APPEND_BATCH = 200;

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

export class EventStore {
  private readonly topic: string;
  private readonly notifier: OutboxNotifier;
  private readonly query: PreparedQuery;
  private readonly snapshots = new Snapshots(SNAPSHOT_CAPACITY);
  private readonly batcher: AppendBatcher<AppendItem>;
  /** Seals personal fields on append and opens them on read; without it events are stored as decided. */
  readonly subjectKeys?: SubjectKeys;

  constructor(
    dataSource: DataSource,
    private readonly department: Department,
    private readonly registry: EventRegistry,
    { topicPrefix = '', subjectKeys }: { topicPrefix?: string; subjectKeys?: SubjectKeys } = {},
  ) {
    this.subjectKeys = subjectKeys;
    this.topic = topicFor(department, topicPrefix);
    this.query = preparedQuery(dataSource);
    this.notifier = new OutboxNotifier(() => this.query('notify', NOTIFY_OUTBOX, []));
    this.batcher = new AppendBatcher<AppendItem>(
      {
        one: (item) => this.appendAlone(item),
        many: (items) => this.appendMany(items),
        retryAlone: (error) => isUniqueViolation(error, [STREAM_VERSION_TAKEN, IDEMPOTENCY_KEY_TAKEN]),
      },
      { maxInFlight: APPENDS_IN_FLIGHT, maxBatch: MAX_APPEND_BATCH },
    );
  }

  /**
   * Lets a relay in this process be woken directly after each append; `wake` answers whether it is
   * the publishing relay (then no NOTIFY is sent for that append).
   */
  wakeRelayLocally(wake: () => boolean): void {
    this.notifier.wakeLocally(wake);
  }

  /** Waits for outbox wake-ups still being sent; call before destroying the DataSource. */
  flushNotifications(): Promise<void> {
    return this.notifier.idle();
  }

  /**
   * The whole write path of a command: check, decide, append. First from this process's snapshots,
   * in one round trip: the append is conditional on the stream (and every stream the precondition
   * read) still being at the snapshot's version. Whatever that attempt cannot settle (no snapshot
   * that lets the command through, a stale one, a refusal, a reused idempotency key, nothing to
   * append) is settled as if there were no snapshots: stored answer, read, decide, append.
   */
  async handle<State, Command, Event extends DomainEvent>(
    decider: Decider<State, Command, Event>,
    streamId: string,
    command: Command,
    options: HandleOptions,
  ): Promise<AppendResult> {
    const idempotency = this.idempotencyOf(options, { streamId, command });
    const guess = await this.handleFromSnapshots(decider, streamId, command, options, idempotency);
    if (guess.result) return guess.result;
    return this.handleFromStore(decider, streamId, command, options, idempotency, guess.decided);
  }

  /**
   * Decides on the last state this instance saw of the stream. What that cannot settle (a refusal, a
   * stale version, nothing to append, a lost race) goes to the stored path, with the decision made
   * here: if the stored stream turns out to be at the version decided on, the decision stands
   * (decide is pure) and is not made twice.
   */
  private async handleFromSnapshots<State, Command, Event extends DomainEvent>(
    decider: Decider<State, Command, Event>,
    streamId: string,
    command: Command,
    options: HandleOptions,
    idempotency: Idempotency | undefined,
  ): Promise<{ result?: AppendResult; decided?: Decided<Event> }> {
    let guards: StreamGuard[];
    let current: Snapshot<State>;
    try {
      guards = await checked(options.precondition, async (folder, id) => this.snapshots.guess(folder, id));
      current = this.snapshots.guess(decider, streamId);
    } catch {
      // refused on a guess: checked again on what is stored, which answers for real
      return {};
    }
    if (!fits(options.expectedVersion, current.version)) return {};
    let events: Event[];
    try {
      events = decider.decide(command, current.state);
    } catch (refusal) {
      return { decided: { version: current.version, refusal } };
    }
    if (events.length === 0) return { decided: { version: current.version, events } };
    const basis = { folder: decider, state: current.state, inline: options.inline };
    const result = await this.insert(streamId, events, current.version, options.metadata, idempotency, guards, basis);
    return result ? { result } : { decided: { version: current.version, events } };
  }

  private async handleFromStore<State, Command, Event extends DomainEvent>(
    decider: Decider<State, Command, Event>,
    streamId: string,
    command: Command,
    options: HandleOptions,
    idempotency: Idempotency | undefined,
    decided?: Decided<Event>,
  ): Promise<AppendResult> {
    const replayed = idempotency && (await this.storedResult(idempotency));
    if (replayed) return replayed;

    const guards = await checked(options.precondition, (folder, id) => this.aggregateStream(folder, id));
    const { state, version } = await this.aggregateStream(decider, streamId);
    if (!fits(options.expectedVersion, version)) {
      throw new ConcurrencyConflict(streamId, options.expectedVersion ?? version, version);
    }
    const events = decided?.version === version ? settled(decided) : decider.decide(command, state);
    return this.append(streamId, events, version, options.metadata, idempotency, guards, { folder: decider, state, inline: options.inline });
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const idempotency = this.idempotencyOf(options, { streamId, events });
    const replayed = idempotency && (await this.storedResult(idempotency));
    if (replayed) return replayed;
    if (options.expectedVersion !== undefined) {
      return this.append(streamId, events, options.expectedVersion, options.metadata, idempotency);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.append(streamId, events, await this.currentVersion(streamId), options.metadata, idempotency);
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || attempt === ANY_VERSION_ATTEMPTS) throw error;
      }
    }
  }

  async readStream(streamId: string, { fromVersion = 1 }: { fromVersion?: number } = {}): Promise<EventEnvelope[]> {
    const rows = await this.query<EventRow>(
      'read_stream',
      `select ${EVENT_COLUMNS} from event_store.events
       where stream_id = $1 and stream_version >= $2 order by stream_version`,
      [streamId, fromVersion],
    );
    return this.decodeRows(rows);
  }

  /** Stored rows as readers see them: personal fields opened ("[erased]" once forgotten), lifted to the current version. */
  async decodeRows(rows: readonly Omit<EventRow, 'global_position'>[]): Promise<EventEnvelope[]> {
    const stored = rows.map(storedEnvelope);
    const opened = this.subjectKeys ? await this.subjectKeys.open(stored) : stored;
    return opened.map((envelope) => decodeStored(envelope, this.registry));
  }

  /** Forgets what this instance remembers of streams (after a forget changed what they read as). */
  forgetSnapshots(): void {
    this.snapshots.clear();
  }

  async aggregateStream<State, Event extends DomainEvent>(
    decider: Pick<Decider<State, never, Event>, 'evolve' | 'initialState'>,
    streamId: string,
  ): Promise<{ state: State; version: number }> {
    const events = await this.readStream(streamId);
    const state = events.reduce(
      (current, { type, payload }) => decider.evolve(current, { type, payload } as Event),
      decider.initialState(),
    );
    const snapshot = { state, version: events.length === 0 ? 0 : events[events.length - 1].streamVersion };
    this.snapshots.remember(decider, streamId, snapshot);
    return snapshot;
  }

  /** Every event of this store in global order, for rebuilds; `fromPosition` is inclusive. */
  async readAll({ fromPosition = 1, limit = 1000 }: { fromPosition?: number; limit?: number } = {}): Promise<
    PositionedEvent[]
  > {
    // Only events of transactions older than every one still in flight: a position is taken at
    // insert but seen at commit, so without this a reader could pass a position that commits later.
    const rows = await this.query<EventRow>(
      'read_all',
      `select ${EVENT_COLUMNS} from event_store.events
       where global_position >= $1 and transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       order by global_position limit $2`,
      [fromPosition, limit],
    );
    const events = await this.decodeRows(rows);
    return rows.map((row, i) => ({ globalPosition: Number(row.global_position), event: events[i] }));
  }

  /**
   * Forgets the idempotency keys recorded more than `olderThanSeconds` ago, a batch at a time so no
   * statement holds many rows: a retry with a forgotten key records anew. Answers how many it forgot.
   */
  async expireIdempotencyKeys(olderThanSeconds: number, batch = 5000): Promise<number> {
    for (let forgotten = 0; ; ) {
      const [{ n }] = await this.query<{ n: number }>(
        'expire_idempotency_keys',
        `with expired as (
           delete from event_store.idempotency_keys where idempotency_key in (
             select idempotency_key from event_store.idempotency_keys
              where created_at < now() - make_interval(secs => $1) order by created_at limit $2)
           returning 1)
         select count(*)::int as n from expired`,
        [olderThanSeconds, batch],
      );
      forgotten += n;
      if (n < batch) return forgotten;
    }
  }

  /**
   * Deletes outbox rows an earlier version marked published instead of deleting them (an older
   * instance still running during a rolling upgrade), a batch at a time. The relay of this version
   * deletes each row once Kafka acknowledged it. Answers how many it deleted.
   */
  async deleteMarkedOutboxRows(batch = 5000): Promise<number> {
    for (let deleted = 0; ; ) {
      const [{ n }] = await this.query<{ n: number }>(
        'delete_marked_outbox_rows',
        `with marked as (
           delete from event_store.outbox where position in (
             select position from event_store.outbox where published_at is not null limit $1)
           returning 1)
         select count(*)::int as n from marked`,
        [batch],
      );
      deleted += n;
      if (n < batch) return deleted;
    }
  }

  private async append(
    streamId: string,
    events: readonly NewEvent[],
    expectedVersion: number,
    metadata: EventMetadata,
    idempotency: Idempotency | undefined,
    guards: readonly StreamGuard[] = [],
    basis?: Basis,
  ): Promise<AppendResult> {
    if (events.length === 0 && !idempotency) return { streamId, nextExpectedVersion: expectedVersion, events: [] };
    const appended = await this.insert(streamId, events, expectedVersion, metadata, idempotency, guards, basis);
    if (appended) return appended;
    // Lost a race: either to the same request under the same key (answer as it was answered) or to another writer.
    const replayed = idempotency && (await this.storedResult(idempotency));
    if (replayed) return replayed;
    throw new ConcurrencyConflict(streamId, expectedVersion);
  }

  /**
   * One conditional statement: the result when everything was written, undefined when nothing was.
   * With the state the events were decided on, the state after them becomes the stream's snapshot;
   * only events this call wrote are folded (an answer replayed for an idempotency key is not).
   */
  private async insert(
    streamId: string,
    events: readonly NewEvent[],
    expectedVersion: number,
    metadata: EventMetadata,
    idempotency: Idempotency | undefined,
    guards: readonly StreamGuard[],
    basis?: Basis,
  ): Promise<AppendResult | undefined> {
    const envelopes = newEnvelopes({
      streamId,
      currentVersion: expectedVersion,
      events,
      metadata,
      department: this.department,
      registry: this.registry,
      recordedAt: new Date().toISOString(),
      newEventId: randomUUID,
    });
    const nextExpectedVersion = expectedVersion + envelopes.length;
    const after = basis && envelopes.length > 0
      ? events.reduce((current: unknown, event) => basis.folder.evolve(current, event), basis.state)
      : undefined;
    const record = basis?.inline && envelopes.length > 0 ? basis.inline(after, envelopes) : undefined;
    // stored, published and kept with the idempotency key sealed; the caller gets them as decided
    const stored = this.subjectKeys ? await this.subjectKeys.seal(envelopes) : envelopes;
    const item = { streamId, expectedVersion, envelopes: stored, idempotency, guards, record };
    // an append of no events only records its idempotency key, and is never batched
    const appended = envelopes.length === 0 ? await this.appendAlone(item) : await this.batcher.append(item);
    if (!appended) return undefined;
    if (envelopes.length > 0) {
      this.notifier.poke();
      if (basis) this.snapshots.remember(basis.folder, streamId, { state: after, version: nextExpectedVersion });
    }
    return { streamId, nextExpectedVersion, events: envelopes };
  }

  private async appendAlone(item: AppendItem): Promise<boolean> {
    const statement = appendStatement({ ...item, topic: this.topic });
    try {
      const [{ appended }] = await this.query<{ appended: number }>('append', statement.text, statement.values);
      return appended === item.envelopes.length;
    } catch (error) {
      if (isUniqueViolation(error, [STREAM_VERSION_TAKEN, IDEMPOTENCY_KEY_TAKEN])) return false;
      throw error;
    }
  }

  private async appendMany(items: readonly AppendItem[]): Promise<boolean[]> {
    const statement = appendBatchStatement(items, this.topic);
    const rows = await this.query<{ item: number }>('append_batch', statement.text, statement.values);
    const appended = new Set(rows.map((row) => row.item));
    return items.map((_, i) => appended.has(i + 1));
  }

  private idempotencyOf(options: Pick<AppendOptions, 'idempotencyKey' | 'requestHash'>, request: unknown): Idempotency | undefined {
    if (options.idempotencyKey === undefined) return undefined;
    return { key: options.idempotencyKey, requestHash: options.requestHash ?? hashOf(request) };
  }

  private async storedResult({ key, requestHash }: Idempotency): Promise<AppendResult | undefined> {
    const [stored] = await this.query<{ request_hash: string; result: AppendResult }>(
      'stored_result',
      `select request_hash, result from event_store.idempotency_keys where idempotency_key = $1`,
      [key],
    );
    if (!stored) return undefined;
    if (stored.request_hash !== requestHash) throw new IdempotencyConflict(key);
    if (!this.subjectKeys) return stored.result;
    return { ...stored.result, events: await this.subjectKeys.open(stored.result.events) };
  }

  private async currentVersion(streamId: string): Promise<number> {
    const [{ version }] = await this.query<{ version: number }>(
      'current_version',
      `select coalesce(max(stream_version), 0)::int as version from event_store.events where stream_id = $1`,
      [streamId],
    );
    return version;
  }
}

/** Runs the precondition, reading streams with `read`; answers the version of each stream it read. */
const checked = async (
  precondition: Precondition | undefined,
  read: <State>(folder: Folder<State>, streamId: string) => Promise<Snapshot<State>>,
): Promise<StreamGuard[]> => {
  const guards: StreamGuard[] = [];
  await precondition?.(async (folder, streamId) => {
    const { state, version } = await read(folder, streamId);
    guards.push({ streamId, version });
    return state;
  });
  return guards;
};

const isUniqueViolation = (error: unknown, constraints: string[]) => {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && constraint !== undefined && constraints.includes(constraint);
};

/** What `decide` answered on a snapshot at `version`: still the answer if the stream is still there. */
type Decided<Event> = { readonly version: number } & ({ readonly events: Event[] } | { readonly refusal: unknown });

const settled = <Event>(decided: Decided<Event>): Event[] => {
  if ('refusal' in decided) throw decided.refusal;
  return decided.events;
};
