import { departments, topicFor, type Department } from '@park-ledger/contracts';
import { ServiceConfig } from '@park-ledger/platform';
import { IsOptional, Matches } from 'class-validator';

/** The reporting service's settings on top of every service's. */
export class ReportingConfig extends ServiceConfig {
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,200}$/, { message: 'REPORTING_CONSUMER_GROUP must be letters, digits, ., _ or -' })
  REPORTING_CONSUMER_GROUP = 'park-reporting';
}

export interface DepartmentTopic {
  readonly department: Department;
  readonly topic: string;
}

export const departmentTopics = (config: ReportingConfig): DepartmentTopic[] =>
  departments.map((department) => ({ department, topic: topicFor(department, config.KAFKA_TOPIC_PREFIX) }));
