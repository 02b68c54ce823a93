import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { KAFKA_CLIENT } from '@park-ledger/platform';
import type { Admin, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { DepartmentTopic } from '../reporting-config';
import { REPORTING_SETUP, type ReportingSetup } from '../reporting-setup';

export interface TopicFreshness {
  readonly department: string;
  readonly topic: string;
  /** record time of the newest event of the department applied to the read models answering */
  readonly lastRecordedAt: string | null;
  /** the consumer group's committed offsets, summed over partitions (null: Kafka unreachable) */
  readonly committedOffset: number | null;
  readonly endOffset: number | null;
  /** messages not yet applied */
  readonly lag: number | null;
}

export interface Freshness {
  readonly readModelVersion: number;
  readonly checkedAt: string;
  readonly topics: readonly TopicFreshness[];
}

interface Offsets {
  readonly committed: number;
  readonly end: number;
}

/** How current an answer is. Kafka offsets are cached for a second: dashboards poll, Kafka need not. */
@Injectable()
export class FreshnessService implements OnModuleDestroy {
  private admin?: Admin;
  private cached?: { at: number; offsets: Promise<Map<string, Offsets> | null> };

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(REPORTING_SETUP) private readonly setup: ReportingSetup,
    private readonly dataSource: DataSource,
  ) {}

  async of(schema: string, version: number): Promise<Freshness> {
    const { topics } = this.setup;
    const [offsets, recorded] = await Promise.all([this.offsets(), this.lastRecorded(schema, topics)]);
    return {
      readModelVersion: version,
      checkedAt: new Date().toISOString(),
      topics: topics.map(({ department, topic }) => {
        const o = offsets?.get(topic);
        return {
          department,
          topic,
          lastRecordedAt: recorded.get(department) ?? null,
          committedOffset: o?.committed ?? null,
          endOffset: o?.end ?? null,
          lag: o ? Math.max(0, o.end - o.committed) : null,
        };
      }),
    };
  }

  private async lastRecorded(schema: string, topics: readonly DepartmentTopic[]): Promise<Map<string, string>> {
    const rows: { department: string; at: Date | null }[] = await this.dataSource.query(
      `select d.department, (select max(recorded_at) from ${schema}.events e where e.department = d.department) as at
         from unnest($1::text[]) as d(department)`,
      [topics.map((t) => t.department)],
    );
    return new Map(rows.filter((r) => r.at).map((r) => [r.department, r.at!.toISOString()]));
  }

  private offsets(): Promise<Map<string, Offsets> | null> {
    if (!this.cached || Date.now() - this.cached.at > 1000) {
      this.cached = { at: Date.now(), offsets: this.fetchOffsets().catch(() => null) };
    }
    return this.cached.offsets;
  }

  private async fetchOffsets(): Promise<Map<string, Offsets>> {
    if (!this.admin) {
      const admin = this.kafka.admin({ retry: { retries: 0 } });
      await admin.connect();
      this.admin = admin;
    }
    const topics = this.setup.topics.map((t) => t.topic);
    try {
      const committed = await this.admin.fetchOffsets({ groupId: this.setup.groupId, topics });
      const result = new Map<string, Offsets>();
      for (const { topic, partitions } of committed) {
        const ends = await this.admin.fetchTopicOffsets(topic);
        result.set(topic, {
          committed: partitions.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0),
          end: ends.reduce((sum, p) => sum + Number(p.high), 0),
        });
      }
      return result;
    } catch (e) {
      const admin = this.admin;
      this.admin = undefined;
      await admin.disconnect().catch(() => undefined);
      throw e;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.admin?.disconnect().catch(() => undefined);
  }
}
