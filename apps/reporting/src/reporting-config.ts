import { departments, topicFor, type Department } from '@park-ledger/contracts';
import { ServiceConfig } from '@park-ledger/platform';
import { IsOptional, Matches } from 'class-validator';

/** The reporting service's settings on top of every service's. */
export class ReportingConfig extends ServiceConfig {
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'REPORTING_CONSUMER_GROUP must be letters, digits, ., _ or -' })
  REPORTING_CONSUMER_GROUP = 'park-reporting';

  /** The Chromium the annual summary is printed to PDF with; a wrong path makes only the PDF unavailable (503). */
  @IsOptional()
  @Matches(/^\/[^\0]{0,4095}$/, { message: 'CHROMIUM_PATH must be an absolute path to a Chromium executable' })
  CHROMIUM_PATH = '/usr/bin/chromium';
}

export interface DepartmentTopic {
  readonly department: Department;
  readonly topic: string;
}

export const departmentTopics = (config: ReportingConfig): DepartmentTopic[] =>
  departments.map((department) => ({ department, topic: topicFor(department, config.KAFKA_TOPIC_PREFIX) }));
