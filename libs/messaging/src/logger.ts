/** The slice of a logger the messaging code writes to (NestJS Logger and pino both fit). */
export interface MessagingLogger {
  warn(message: string, ...meta: unknown[]): void;
  error(message: string, ...meta: unknown[]): void;
}

const line = (level: string, message: string, meta: unknown[]) =>
  JSON.stringify({ level, time: new Date().toISOString(), message, ...(meta.length ? { meta } : {}) });

/** Fallback when no logger is given: JSON lines on stderr. */
export const stderrLogger: MessagingLogger = {
  warn: (message, ...meta) => process.stderr.write(line('warn', message, meta) + '\n'),
  error: (message, ...meta) => process.stderr.write(line('error', message, meta) + '\n'),
};

export const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));
