// Captures kafkajs log entries (WARN and above) instead of printing them, so tests can assert on them.
import { logLevel, type logCreator } from 'kafkajs';

export interface KafkaLogEntry {
  readonly level: logLevel;
  readonly namespace: string;
  readonly message: string;
  readonly detail: string;
}

export interface KafkaLogCapture {
  readonly logLevel: logLevel;
  readonly logCreator: logCreator;
  readonly entries: KafkaLogEntry[];
  atLevel(level: logLevel): KafkaLogEntry[];
}

export function captureKafkaLogs(): KafkaLogCapture {
  const entries: KafkaLogEntry[] = [];
  const creator: logCreator = () => ({ namespace, level, log }) => {
    const { message, timestamp: _timestamp, logger: _logger, ...rest } = log;
    entries.push({ level, namespace, message: String(message), detail: JSON.stringify(rest) });
  };
  return {
    logLevel: logLevel.WARN,
    logCreator: creator,
    entries,
    atLevel: (level) => entries.filter((entry) => entry.level === level),
  };
}

const UNSUPPORTED_VERSION = /UNSUPPORTED_VERSION|does not support the requested API version/i;

export const mentionsUnsupportedVersion = (entry: KafkaLogEntry): boolean =>
  UNSUPPORTED_VERSION.test(entry.message) || UNSUPPORTED_VERSION.test(entry.detail);
