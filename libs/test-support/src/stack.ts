// Typed access to the local stack's CommonJS API (tools/stack.js) for tests and benchmarks: the one
// place that loads it.
import path from 'node:path';

export interface Connection {
  readonly kafkaBrokers: string[];
  /** Admin URL: the server's `postgres` database. */
  readonly databaseUrl: string;
}

export interface PieceStatus {
  readonly up: boolean;
  readonly pid?: number;
  readonly external?: boolean;
}

export interface StackStatus {
  readonly kafka: PieceStatus & { readonly brokers: string[] };
  readonly postgres: PieceStatus & { readonly url: string };
}

export type Service = 'projects' | 'land' | 'safety' | 'reporting';

export interface LocalStack {
  up(): Promise<StackStatus>;
  down(): Promise<void>;
  status(): Promise<StackStatus>;
  connection(): Connection;
  /** KAFKA_BROKERS, DATABASE_URL (the service's own database) and the JWT verification settings. */
  serviceEnv(service: Service): Record<string, string>;
  /** A dev bearer token signed with the local stack's key. */
  token(claims: { roles: string[]; department?: string | null; sub?: string; [claim: string]: unknown }): string;
  /** Drops and recreates the database; resolves to its URL. */
  createDatabase(name: string): Promise<string>;
  /** Resolves once the broker process is gone and its ports are closed. */
  stopKafka(): Promise<void>;
  /** Resolves once the broker answers a kafkajs admin listTopics(). */
  startKafka(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const stack: LocalStack = require(path.join(__dirname, '..', '..', '..', 'tools', 'stack.js'));

export const randomSuffix = (): string => Math.random().toString(36).slice(2, 10);
