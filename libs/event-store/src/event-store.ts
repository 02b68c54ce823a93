import { createHash, randomUUID } from 'node:crypto';
import { topicFor, type Department, type DomainEvent, type EventEnvelope, type EventRegistry } from '@park-ledger/contracts';
import type { DataSource } from 'typeorm';
import { appendStatement, IDEMPOTENCY_KEY_TAKEN, NOTIFY_OUTBOX, STREAM_VERSION_TAKEN } from './append-statement';
import type { Decider } from './decider';
import { ConcurrencyConflict, IdempotencyConflict } from './errors';
import { EVENT_COLUMNS, rowToEnvelope, type EventRow } from './event-rows';
import { newEnvelopes, type EventMetadata, type NewEvent } from './new-envelopes';
import { OutboxNotifier } from './outbox-notifier';
import { preparedQuery, type PreparedQuery } from './prepared-query';

export interface AppendOptions {
  /** The stream version the caller decided on; omitted means "whatever it is now". */
  readonly expectedVersion?: number;
  readonly idempotencyKey?: string;
  /** Identifies the request behind the key; defaults to a hash of the stream id and the command. */
  readonly requestHash?: string;
  readonly metadata: EventMetadata;
}

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

const ANY_VERSION_ATTEMPTS = 5;

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

export class EventStore {
  private readonly topic: string;
  private readonly notifier: OutboxNotifier;
  private readonly query: PreparedQuery;

  constructor(
    dataSource: DataSource,
    private readonly department: Department,
    private readonly registry: EventRegistry,
    { topicPrefix = '' }: { topicPrefix?: string } = {},
  ) {
    this.topic = topicFor(department, topicPrefix);
    this.query = preparedQuery(dataSource);
    this.notifier = new OutboxNotifier(() => this.query('notify', NOTIFY_OUTBOX, []));
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

  /** Read the stream, fold it, decide, append: the whole write path of a command. */
  async handle<State, Command, Event extends DomainEvent>(
    decider: Decider<State, Command, Event>,
    streamId: string,
    command: Command,
    options: AppendOptions,
  ): Promise<AppendResult> {
    const idempotency = this.idempotencyOf(options, { streamId, command });
    const replayed = idempotency && (await this.storedResult(idempotency));
    if (replayed) return replayed;

    const { state, version } = await this.aggregateStream(decider, streamId);
    if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
      throw new ConcurrencyConflict(streamId, options.expectedVersion, version);
    }
    return this.append(streamId, decider.decide(command, state), version, options.metadata, idempotency);
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
    return rows.map((row) => rowToEnvelope(row, this.registry));
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
    return { state, version: events.length === 0 ? 0 : events[events.length - 1].streamVersion };
  }

  /** Every event of this store in global order, for rebuilds; `fromPosition` is inclusive. */
  async readAll({ fromPosition = 1, limit = 1000 }: { fromPosition?: number; limit?: number } = {}): Promise<
    PositionedEvent[]
  > {
    const rows = await this.query<EventRow>(
      'read_all',
      `select ${EVENT_COLUMNS} from event_store.events
       where global_position >= $1 order by global_position limit $2`,
      [fromPosition, limit],
    );
    return rows.map((row) => ({ globalPosition: Number(row.global_position), event: rowToEnvelope(row, this.registry) }));
  }

  private async append(
    streamId: string,
    events: readonly NewEvent[],
    expectedVersion: number,
    metadata: EventMetadata,
    idempotency: Idempotency | undefined,
  ): Promise<AppendResult> {
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
    const result = { streamId, nextExpectedVersion: expectedVersion + envelopes.length, events: envelopes };
    if (envelopes.length === 0 && !idempotency) return result;

    const statement = appendStatement({ streamId, expectedVersion, envelopes, topic: this.topic, idempotency });
    let appended: number;
    try {
      [{ appended }] = await this.query<{ appended: number }>('append', statement.text, statement.values);
    } catch (error) {
      if (!isUniqueViolation(error, [STREAM_VERSION_TAKEN, IDEMPOTENCY_KEY_TAKEN])) throw error;
      appended = -1;
    }
    if (appended === envelopes.length) {
      if (appended > 0) this.notifier.poke();
      return result;
    }

    // Lost a race: either to the same request under the same key (answer as it was answered) or to another writer.
    const replayed = idempotency && (await this.storedResult(idempotency));
    if (replayed) return replayed;
    throw new ConcurrencyConflict(streamId, expectedVersion);
  }

  private idempotencyOf(options: AppendOptions, request: unknown): Idempotency | undefined {
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
    return stored.result;
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

const isUniqueViolation = (error: unknown, constraints: string[]) => {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && constraint !== undefined && constraints.includes(constraint);
};
