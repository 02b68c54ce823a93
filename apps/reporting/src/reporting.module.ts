import { DynamicModule, Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@park-ledger/platform';
import { ParkedController } from './admin/parked.controller';
import { RebuildController } from './admin/rebuild.controller';
import { LiveProjection } from './consumer/live-projection.service';
import { ProjectionIndex, type AnyProjection } from './projection/projection-index';
import type { FigureInfo } from './queries/figure-info';
import { FiguresController } from './queries/figures.controller';
import { FiguresService } from './queries/figures.service';
import { FreshnessService } from './queries/freshness.service';
import { RebuildService } from './rebuild/rebuild.service';
import { departmentTopics, type ReportingConfig } from './reporting-config';
import { REPORTING_SETUP, type ReportingSetup } from './reporting-setup';

export interface ReportingOptions {
  readonly projections: readonly AnyProjection[];
  readonly catalogue: readonly FigureInfo[];
}

/** The read side: the live projection, the figure queries and the admin operations. */
@Module({})
export class ReportingModule {
  static forRoot(options: ReportingOptions): DynamicModule {
    return {
      module: ReportingModule,
      controllers: [FiguresController, ParkedController, RebuildController],
      providers: [
        {
          provide: REPORTING_SETUP,
          inject: [SERVICE_CONFIG],
          useFactory: (config: ReportingConfig): ReportingSetup => ({
            index: new ProjectionIndex(options.projections),
            catalogue: options.catalogue,
            topics: departmentTopics(config),
            groupId: config.REPORTING_CONSUMER_GROUP,
            partitions: config.KAFKA_TOPIC_PARTITIONS,
          }),
        },
        LiveProjection,
        FreshnessService,
        FiguresService,
        RebuildService,
      ],
    };
  }
}
