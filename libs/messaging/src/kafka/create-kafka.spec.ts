import { logLevel } from 'kafkajs';
import { forwardLog } from './create-kafka';

const recorder = () => {
  const lines: [string, string, unknown][] = [];
  return {
    lines,
    logger: {
      warn: (message: string, meta: unknown) => lines.push(['warn', message, meta]),
      error: (message: string, meta: unknown) => lines.push(['error', message, meta]),
    },
  };
};

const entry = (level: logLevel, message: string) => ({
  namespace: 'Producer',
  level,
  label: 'x',
  log: { timestamp: 't', message, broker: '127.0.0.1:19092' },
});

describe('kafkajs log entries', () => {
  it('reach the logger at warn and error, with the namespace and details', () => {
    const { lines, logger } = recorder();
    forwardLog(logger, entry(logLevel.WARN, 'slow'));
    forwardLog(logger, entry(logLevel.ERROR, 'down'));
    expect(lines).toEqual([
      ['warn', 'kafkajs Producer: slow', { timestamp: 't', broker: '127.0.0.1:19092' }],
      ['error', 'kafkajs Producer: down', { timestamp: 't', broker: '127.0.0.1:19092' }],
    ]);
  });

  it('are dropped below warn', () => {
    const { lines, logger } = recorder();
    forwardLog(logger, entry(logLevel.INFO, 'joined'));
    forwardLog(logger, entry(logLevel.DEBUG, 'bytes'));
    expect(lines).toEqual([]);
  });
});
