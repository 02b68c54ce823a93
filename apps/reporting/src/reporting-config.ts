import { departments, topicFor, type Department } from '@park-ledger/contracts';
import { ServiceConfig } from '@park-ledger/platform';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/** The reporting service's settings on top of every service's. */
export class ReportingConfig extends ServiceConfig {
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'REPORTING_CONSUMER_GROUP must be letters, digits, ., _ or -' })
  REPORTING_CONSUMER_GROUP = 'park-reporting';

  /** The Chromium the annual summary is printed to PDF with; a wrong path makes only the PDF unavailable (503). */
  @IsOptional()
  @Matches(/^\/[^\0]{0,4095}$/, { message: 'CHROMIUM_PATH must be an absolute path to a Chromium executable' })
  CHROMIUM_PATH = '/usr/bin/chromium';

  /** A rebuild whose driving instance has not reported for this long is taken over by another instance. */
  @Transform(toInt)
  @IsInt({ message: 'REBUILD_TAKEOVER_SECONDS must be an integer between 2 and 3600' })
  @Min(2, { message: 'REBUILD_TAKEOVER_SECONDS must be an integer between 2 and 3600' })
  @Max(3600, { message: 'REBUILD_TAKEOVER_SECONDS must be an integer between 2 and 3600' })
  REBUILD_TAKEOVER_SECONDS = 30;

  /** Caps a rebuild's pace so the live consumer and queries keep their share of a small machine; 0: no cap. */
  @Transform(toInt)
  @IsInt({ message: 'REBUILD_MAX_EVENTS_PER_SECOND must be an integer between 0 and 10000000' })
  @Min(0, { message: 'REBUILD_MAX_EVENTS_PER_SECOND must be an integer between 0 and 10000000' })
  @Max(10_000_000, { message: 'REBUILD_MAX_EVENTS_PER_SECOND must be an integer between 0 and 10000000' })
  REBUILD_MAX_EVENTS_PER_SECOND = 0;

  /**
   * How long a read-model version no query uses any more (replaced by a rebuild, or a failed rebuild's)
   * is kept, with its rebuild consumer group, before both are dropped: the time to compare or go back.
   */
  @Transform(toInt)
  @IsInt({ message: 'READ_MODEL_RETENTION_SECONDS must be an integer between 1 and 31536000' })
  @Min(1, { message: 'READ_MODEL_RETENTION_SECONDS must be an integer between 1 and 31536000' })
  @Max(31_536_000, { message: 'READ_MODEL_RETENTION_SECONDS must be an integer between 1 and 31536000' })
  READ_MODEL_RETENTION_SECONDS = 7 * 24 * 3600;

  /**
   * Where each department answers for its subjects' keys (GET /internal/subject-keys with the service
   * token of SUBJECT_KEYS_TOKEN_FILE): `projects=http://host:3101,land=http://host:3102,…`. A
   * department not listed: its personal fields read as "[sealed]" here.
   */
  @IsOptional()
  @Matches(/^((projects|land|safety|office)=https?:\/\/[^,\s]{1,500})(,(projects|land|safety|office)=https?:\/\/[^,\s]{1,500}){0,3}$/, {
    message: 'SUBJECT_KEY_SOURCES must be department=http(s)://… pairs, comma-separated',
  })
  SUBJECT_KEY_SOURCES?: string;
}

export interface DepartmentTopic {
  readonly department: Department;
  readonly topic: string;
}

export const departmentTopics = (config: ReportingConfig): DepartmentTopic[] =>
  departments.map((department) => ({ department, topic: topicFor(department, config.KAFKA_TOPIC_PREFIX) }));
