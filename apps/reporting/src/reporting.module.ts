import { DynamicModule, Module } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FigureDefinition } from '@park-ledger/figures';
import { SERVICE_CONFIG } from '@park-ledger/platform';
import { ParkedController } from './admin/parked.controller';
import { RebuildController } from './admin/rebuild.controller';
import { LiveProjection } from './consumer/live-projection.service';
import { FigureCatalogue } from './figures/figure-catalogue';
import { FiguresController } from './figures/figures.controller';
import { FiguresService } from './figures/figures.service';
import { FreshnessService } from './figures/freshness.service';
import { ProjectionIndex, type AnyProjection } from './projection/projection-index';
import { PeriodsController } from './periods/periods.controller';
import { PeriodsService } from './periods/periods.service';
import { RebuildService } from './rebuild/rebuild.service';
import { departmentTopics, type ReportingConfig } from './reporting-config';
import { eventKeySettings, loadEventKeys } from '@park-ledger/messaging';
import { REPORTING_SETUP, type ReportingSetup } from './reporting-setup';
import { PersonalData } from './personal-data/personal-data';

export interface ReportingOptions {
  readonly projections: readonly AnyProjection[];
  readonly catalogue: readonly FigureDefinition[];
}

/** The read side: the live projection, the figure queries and the admin operations. */
@Module({})
export class ReportingModule {
  static forRoot(options: ReportingOptions): DynamicModule {
    return {
      module: ReportingModule,
      // the setup (the figure catalogue among it) is also what the annual summary reads figures by
      global: true,
      controllers: [FiguresController, ParkedController, RebuildController, PeriodsController],
      providers: [
        {
          provide: REPORTING_SETUP,
          inject: [SERVICE_CONFIG],
          useFactory: (config: ReportingConfig): ReportingSetup => {
            const topics = departmentTopics(config);
            return {
              index: new ProjectionIndex(options.projections),
              catalogue: new FigureCatalogue(options.catalogue),
              topics,
              groupId: config.REPORTING_CONSUMER_GROUP,
              partitions: config.KAFKA_TOPIC_PARTITIONS,
              establishedOn: config.PARK_ESTABLISHED_ON,
              verify: loadEventKeys(eventKeySettings(config)).verifierFor(topics.map((t) => t.department)),
              rebuild: {
                // this process, not its pod: a container restarted in the same pod has the same name and pid
                instance: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
                takeoverSeconds: config.REBUILD_TAKEOVER_SECONDS,
                maxEventsPerSecond: config.REBUILD_MAX_EVENTS_PER_SECOND,
                retentionSeconds: config.READ_MODEL_RETENTION_SECONDS,
              },
            };
          },
        },
        LiveProjection,
        FreshnessService,
        FiguresService,
        PeriodsService,
        RebuildService,
        PersonalData,
      ],
      exports: [REPORTING_SETUP, FreshnessService, PeriodsService, PersonalData],
    };
  }
}
