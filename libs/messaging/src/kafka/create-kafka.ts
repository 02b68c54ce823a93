import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import { stderrLogger, type MessagingLogger } from '../logger';

export interface KafkaOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly logger?: MessagingLogger;
}

/** A kafkajs client whose warnings and errors go to the service's logger; quieter levels are dropped. */
export function createKafka({ brokers, clientId, logger = stderrLogger }: KafkaOptions): Kafka {
  return new Kafka({
    brokers: [...brokers],
    clientId,
    logLevel: logLevel.WARN,
    logCreator: () => (entry) => forwardLog(logger, entry),
  });
}

export function forwardLog(logger: MessagingLogger, { level, namespace, log }: LogEntry): void {
  const { message, ...extra } = log;
  const text = `kafkajs ${namespace}: ${message}`;
  if (level === logLevel.ERROR) logger.error(text, extra);
  else if (level === logLevel.WARN) logger.warn(text, extra);
}
