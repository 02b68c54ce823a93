import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventRegistry, officeEvents, topicFor, type Department, type EventEnvelope, type LateChange } from '@park-ledger/contracts';
import { eventKeySettings, ExactlyOnceConsumer, loadEventKeys } from '@park-ledger/messaging';
import { KAFKA_CLIENT, METRICS_REGISTRY, SERVICE_CONFIG, type ServiceConfig } from '@park-ledger/platform';
import type { Kafka } from 'kafkajs';
import type { Registry } from 'prom-client';
import { DataSource, type EntityManager } from 'typeorm';
import { DEPARTMENT } from '../outbox-publishing';
import { closeChangeOf, lateMarkOf, type StandingClose } from './period-closes';

const officeRegistry = new EventRegistry(officeEvents);

/**
 * The periods the committee office has closed, as this department knows them: kept in its own database
 * from the office's events (services share events, never tables), with exactly-once effect. A change
 * (an event with a reason) whose business time falls in a closed period is not refused: its event is
 * marked `late` with the period and its close. A close recorded moments ago may still be on its way:
 * the mark is what the department knew when it recorded the change (reporting's restatement, which
 * compares record times with the close's asOf, is the authority on what a close missed).
 * The closes are read at most once every CLOSES_MAX_AGE_MS (not on every command: it was one round trip
 * in six of a command's at 100 requests/s), and at once after this instance applied a change to them;
 * another instance of the department learns a change from its next read, within that time.
 */
@Injectable()
export class PeriodCloseDirectory implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PeriodCloseDirectory');
  private readonly consumer: ExactlyOnceConsumer;
  private readonly stopping = new AbortController();
  private started?: Promise<void>;
  /** The closes as last read, shared by the commands that ask meanwhile. */
  private cached?: { readonly at: number; readonly closes: Promise<StandingClose[]> };

  constructor(
    @Inject(KAFKA_CLIENT) kafka: Kafka,
    @Inject(METRICS_REGISTRY) registry: Registry,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(DEPARTMENT) department: Department,
    private readonly dataSource: DataSource,
  ) {
    this.consumer = new ExactlyOnceConsumer({
      kafka,
      groupId: `${config.KAFKA_TOPIC_PREFIX}${department}.period-closes`,
      topics: [topicFor('office', config.KAFKA_TOPIC_PREFIX)],
      dataSource,
      eventRegistry: officeRegistry,
      handler: applyCloseChange,
      createTopics: { partitions: config.KAFKA_TOPIC_PARTITIONS },
      verify: loadEventKeys(eventKeySettings(config)).verifierFor(['office']),
      fromBeginning: true,
      sessionTimeoutMs: 10_000,
      registry,
      logger: this.logger,
      afterCommit: () => (this.cached = undefined),
    });
  }

  onApplicationBootstrap(): void {
    this.started = this.consumer.startWithRetries(this.stopping.signal);
  }

  /** The standing closes this department knows of (as read at most CLOSES_MAX_AGE_MS ago). */
  closes(): Promise<StandingClose[]> {
    const cached = this.cached;
    if (cached && Date.now() - cached.at < CLOSES_MAX_AGE_MS) return cached.closes;
    const closes = this.readCloses();
    const entry = { at: Date.now(), closes };
    this.cached = entry;
    // a failed read is not kept
    closes.catch(() => {
      if (this.cached === entry) this.cached = undefined;
    });
    return closes;
  }

  private async readCloses(): Promise<StandingClose[]> {
    const rows = await this.dataSource.query<{ period: string; closedAt: Date; closeEventId: string }[]>(
      `select period, closed_at as "closedAt", close_event_id as "closeEventId" from period_closes.closes order by period`,
    );
    return rows.map((r) => ({ period: r.period, closedAt: new Date(r.closedAt).toISOString(), closeEventId: r.closeEventId }));
  }

  /** The late mark of a change to a stream, its business months being those given and its record's start. */
  async lateMarkFor(streamId: string, months: readonly string[]): Promise<LateChange | null> {
    const closes = await this.closes();
    if (closes.length === 0) return null;
    const [first] = await this.dataSource.query<{ occurredAt: Date }[]>(
      'select occurred_at as "occurredAt" from event_store.events where stream_id = $1 order by stream_version limit 1',
      [streamId],
    );
    const began = first ? [parkMonth(new Date(first.occurredAt).toISOString())] : [];
    return lateMarkOf([...months, ...began], closes);
  }

  /** Before the database closes: the chunk in flight commits, then the group is left. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.started;
    await this.consumer.stop();
  }
}

/** How long the closes read from the table answer commands before they are read again. */
export const CLOSES_MAX_AGE_MS = 1000;

/** The park's month (Shanghai) of an instant. */
export const parkMonth = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 7);

async function applyCloseChange(event: EventEnvelope, manager: EntityManager): Promise<void> {
  const change = closeChangeOf(event);
  if (!change) return;
  if (change.kind === 'closed') {
    await manager.query(
      `insert into period_closes.closes (period, closed_at, close_event_id, recorded_at) values ($1, $2, $3, $4)
       on conflict (period) do update set closed_at = $2, close_event_id = $3, recorded_at = $4`,
      [change.period, change.closedAt, change.closeEventId, event.recordedAt],
    );
  } else {
    await manager.query('delete from period_closes.closes where period = $1', [change.period]);
  }
}
