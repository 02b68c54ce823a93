import { DynamicModule, Module, type Type } from '@nestjs/common';
import { EventRegistry, type Department, type EventDefinition } from '@park-ledger/contracts';
import { EventStore, SubjectKeys } from '@park-ledger/event-store';
import { READINESS_DETAILS, SERVICE_CONFIG, type ServiceConfig } from '@park-ledger/platform';
import { backlogStats, poolOf } from '@park-ledger/messaging';
import { DataSource } from 'typeorm';
import type { BusinessTimeBounds } from './business-time';
import { BUSINESS_TIME_BOUNDS, CommandGateway } from './command-gateway';
import { PARK_REGISTRY_CHECK, type ParkRegistryCheck } from './park-registry-check';
import { RetentionPurge } from './retention-purge';
import { DEPARTMENT, OutboxPublishing } from './outbox-publishing';
import { ParkZonesController } from './park-zones/park-zones.controller';
import { ZoneDirectory } from './park-zones/zone-directory';
import { PeriodCloseDirectory } from './period-closes/period-close-directory';
import { ImportsController } from './imports/imports.controller';
import { ImportsService } from './imports/imports.service';
import { RecordReads } from './records/record-reads';
import { RecordsAdminController } from './records/records-admin.controller';
import { SubjectsController } from './subjects/subjects.controller';

export interface DepartmentOptions {
  readonly department: Department;
  readonly events: readonly EventDefinition[];
  readonly businessTime?: Partial<BusinessTimeBounds>;
  /**
   * Keep a copy of the park's zones from the projects service's events and refuse commands naming
   * an unknown zone (the service's migrations must then include consumerMigrations and parkZonesMigrations).
   */
  readonly zonesFromProjects?: boolean;
  /**
   * Keep a copy of the periods the committee office has closed, from the office's events, and mark a change
   * whose business time falls in one `late` (the migrations must then include periodClosesMigrations).
   */
  readonly lateChangesFromOffice?: boolean;
  /** The department that owns the park registry checks places against its own streams. */
  readonly parkRegistry?: Type<ParkRegistryCheck>;
}

/**
 * A department service's write side: its event store, the command gateway and outbox publishing,
 * and for the departments whose records name a zone, the zone directory.
 */
@Module({})
export class DepartmentModule {
  static forRoot(options: DepartmentOptions): DynamicModule {
    const registry = new EventRegistry(options.events);
    return {
      module: DepartmentModule,
      global: true,
      providers: [
        { provide: DEPARTMENT, useValue: options.department },
        { provide: EventRegistry, useValue: registry },
        {
          provide: BUSINESS_TIME_BOUNDS,
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig): BusinessTimeBounds => ({
            earliest: options.businessTime?.earliest ?? config.PARK_ESTABLISHED_ON,
            clockSkewMs: options.businessTime?.clockSkewMs ?? 5 * 60_000,
          }),
        },
        {
          provide: EventStore,
          inject: [DataSource, SERVICE_CONFIG],
          useFactory: (dataSource: DataSource, config: ServiceConfig) =>
            new EventStore(dataSource, options.department, registry, {
              topicPrefix: config.KAFKA_TOPIC_PREFIX,
              // personal fields sealed per data subject, keys in event_store.subject_keys (README: personal data)
              subjectKeys: new SubjectKeys(dataSource, {
                cacheSeconds: config.SUBJECT_KEY_CACHE_SECONDS,
                seal: config.PERSONAL_DATA_ENCRYPTION === 'on',
              }),
            }),
        },
        CommandGateway,
        RecordReads,
        ImportsService,
        OutboxPublishing,
        RetentionPurge,
        {
          // what waits to be published: it grows while Kafka is away, and readiness says so
          provide: READINESS_DETAILS,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => [
            async () => ({ outbox: { status: 'up' as const, ...(await backlogStats(poolOf(dataSource))) } }),
          ],
        },
        ...(options.zonesFromProjects ? [ZoneDirectory, { provide: PARK_REGISTRY_CHECK, useExisting: ZoneDirectory }] : []),
        ...(options.lateChangesFromOffice ? [PeriodCloseDirectory] : []),
        ...(options.parkRegistry ? [{ provide: PARK_REGISTRY_CHECK, useClass: options.parkRegistry }] : []),
      ],
      controllers: [RecordsAdminController, SubjectsController, ImportsController, ...(options.zonesFromProjects ? [ParkZonesController] : [])],
      exports: [EventStore, EventRegistry, CommandGateway, RecordReads, READINESS_DETAILS],
    };
  }
}
