import { DomainRuleViolation } from '@park-ledger/decider';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventRegistry, projectsEvents, topicFor, type Department, type EventEnvelope } from '@park-ledger/contracts';
import { eventKeySettings, ExactlyOnceConsumer, loadEventKeys } from '@park-ledger/messaging';
import { KAFKA_CLIENT, METRICS_REGISTRY, SERVICE_CONFIG, type ServiceConfig } from '@park-ledger/platform';
import type { Admin, Kafka } from 'kafkajs';
import type { Registry } from 'prom-client';
import { DataSource, type EntityManager } from 'typeorm';
import { DEPARTMENT } from '../outbox-publishing';
import { zoneChangeOf } from './zone-change';
import type { Precondition } from '@park-ledger/event-store';
import type { ParkPlace, ParkRegistryCheck } from '../park-registry-check';

const projectsRegistry = new EventRegistry(projectsEvents);

export interface KnownZone {
  readonly zoneId: string;
  readonly registered: boolean;
  readonly nameZh: string;
  readonly nameEn: string | null;
}

/**
 * The park's zones as this department knows them: kept in its own database from the projects
 * service's registry events (services share events, never tables), with exactly-once effect. A
 * command naming a zone that is not registered, or was voided, is refused with `unknown-zone`.
 * When Kafka is down at start-up the service still starts; the directory catches up later.
 */
@Injectable()
export class ZoneDirectory implements ParkRegistryCheck, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ZoneDirectory');
  private readonly consumer: ExactlyOnceConsumer;
  private readonly stopping = new AbortController();
  private started?: Promise<void>;
  private readonly groupId: string;
  private readonly topic: string;
  private admin?: Admin;
  private lagCache?: { at: number; lag: Promise<number | null> };

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(METRICS_REGISTRY) registry: Registry,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(DEPARTMENT) private readonly department: Department,
    private readonly dataSource: DataSource,
  ) {
    this.groupId = `${config.KAFKA_TOPIC_PREFIX}${department}.park-zones`;
    this.topic = topicFor('projects', config.KAFKA_TOPIC_PREFIX);
    this.consumer = new ExactlyOnceConsumer({
      kafka,
      groupId: this.groupId,
      topics: [this.topic],
      dataSource,
      eventRegistry: projectsRegistry,
      handler: applyZoneChange,
      createTopics: { partitions: config.KAFKA_TOPIC_PARTITIONS },
      verify: loadEventKeys(eventKeySettings(config)).verifierFor(['projects']),
      fromBeginning: true,
      sessionTimeoutMs: 10_000,
      registry,
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.started = this.consumer.startWithRetries(this.stopping.signal);
  }

  /** Refuses (422 unknown-zone) a zone that is not registered in the park, as far as this service knows. */
  /** Land and safety records name a zone only; the copy knows zones, not platforms or phases. */
  requires({ zoneId }: ParkPlace): Precondition {
    return () => this.requireZone(zoneId);
  }

  async requireZone(zoneId: string): Promise<void> {
    const [zone] = await this.dataSource.query<{ registered: boolean }[]>(
      'select registered from park_zones.zones where zone_id = $1',
      [zoneId],
    );
    if (!zone?.registered) {
      throw new DomainRuleViolation(
        'unknown-zone',
        `Zone ${zoneId} is not in the park registry (${this.department} knows the zones the projects service has registered; a zone registered moments ago may still be on its way)`,
      );
    }
  }

  async zones(): Promise<KnownZone[]> {
    return this.dataSource.query<KnownZone[]>(
      `select zone_id as "zoneId", registered, name_zh as "nameZh", name_en as "nameEn" from park_zones.zones order by zone_id`,
    );
  }

  /**
   * How current the copy is (it is fed from Kafka, not written with this service's events): the record time of
   * the newest zone change applied, and the projects topic's messages this copy has not yet consumed (null when
   * Kafka cannot be reached; measured at most once a second).
   */
  async freshness(): Promise<{ readonly lastRecordedAt: string | null; readonly lag: number | null }> {
    const [rows, lag] = await Promise.all([
      this.dataSource.query<{ at: Date | null }[]>('select max(changed_at) as at from park_zones.zones'),
      this.lag(),
    ]);
    const at = rows[0]?.at;
    return { lastRecordedAt: at ? new Date(at).toISOString() : null, lag };
  }

  private lag(): Promise<number | null> {
    if (!this.lagCache || Date.now() - this.lagCache.at > 1000) {
      this.lagCache = { at: Date.now(), lag: this.measureLag().catch(() => null) };
    }
    return this.lagCache.lag;
  }

  private async measureLag(): Promise<number> {
    const admin = this.admin ?? this.kafka.admin({ retry: { retries: 0 } });
    if (!this.admin) {
      await admin.connect();
      this.admin = admin;
    }
    try {
      const [committed] = await admin.fetchOffsets({ groupId: this.groupId, topics: [this.topic] });
      const ends = await admin.fetchTopicOffsets(this.topic);
      // per partition, as the consumer's own consumer_lag: no commit yet means all still on the partition is behind
      return ends.reduce((sum, { partition, high, low }) => {
        const offset = Number(committed?.partitions.find((p) => p.partition === partition)?.offset ?? -1);
        return sum + Math.max(0, Number(high) - (offset < 0 ? Number(low) : offset));
      }, 0);
    } catch (e) {
      this.admin = undefined;
      await admin.disconnect().catch(() => undefined);
      throw e;
    }
  }

  /** Before the database closes: the chunk in flight commits, then the group is left. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.started;
    await this.consumer.stop();
    await this.admin?.disconnect().catch(() => undefined);
  }
}

async function applyZoneChange(event: EventEnvelope, manager: EntityManager): Promise<void> {
  const change = zoneChangeOf(event);
  if (!change) return;
  const by = [event.eventId, event.recordedAt];
  switch (change.kind) {
    case 'registered':
      await manager.query(
        `insert into park_zones.zones (zone_id, registered, name_zh, name_en, changed_by_event, changed_at)
         values ($3, true, $4, $5, $1, $2)
         on conflict (zone_id) do update set registered = true, name_zh = $4, name_en = $5, changed_by_event = $1, changed_at = $2`,
        [...by, change.zoneId, change.nameZh, change.nameEn],
      );
      return;
    case 'renamed':
      await manager.query(
        `update park_zones.zones set name_zh = $4, name_en = $5, changed_by_event = $1, changed_at = $2 where zone_id = $3`,
        [...by, change.zoneId, change.nameZh, change.nameEn],
      );
      return;
    case 'voided':
      await manager.query(
        `update park_zones.zones set registered = false, changed_by_event = $1, changed_at = $2 where zone_id = $3`,
        [...by, change.zoneId],
      );
      return;
  }
}
