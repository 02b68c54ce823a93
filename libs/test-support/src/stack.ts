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
  readonly keycloak: PieceStatus & { readonly url: string };
}

/** Keycloak's park-ledger realm, as the services and the web app are configured with it. */
export interface Identity {
  readonly url: string;
  readonly realm: string;
  readonly issuer: string;
  readonly jwksUrl: string;
  readonly tokenUrl: string;
  readonly webClientId: string;
  readonly cliClientId: string;
}

export interface DemoUser {
  readonly username: string;
  readonly password: string;
  readonly roles: string[];
  readonly department: string | null;
}

export type Service = 'projects' | 'land' | 'safety' | 'reporting' | 'office';

export interface LocalStack {
  up(): Promise<StackStatus>;
  down(): Promise<void>;
  status(): Promise<StackStatus>;
  connection(): Connection;
  /** KAFKA_BROKERS, DATABASE_URL (the service's own database), the JWT verification settings and the event keys. */
  serviceEnv(service: Service): Record<string, string>;
  /** The department's event-signing key (base64, HMAC-SHA256): publish as that department by signing with it. */
  eventSigningKey(department: 'projects' | 'land' | 'safety' | 'office'): string;
  /** A dev bearer token signed with the local stack's key. */
  token(claims: { roles: string[]; department?: string | null; sub?: string; [claim: string]: unknown }): string;
  /** Drops and recreates the database; resolves to its URL. */
  createDatabase(name: string): Promise<string>;
  /** Resolves once the broker process is gone and its ports are closed. */
  stopKafka(): Promise<void>;
  /** Resolves once the broker answers a kafkajs admin listTopics(). */
  startKafka(): Promise<void>;
  identity(): Identity;
  /** Resolves once Keycloak's process is gone and its port closed. */
  stopKeycloak(): Promise<void>;
  /** Resolves once the realm's discovery document is served. */
  startKeycloak(): Promise<void>;
  /** An access token issued by Keycloak to a user (password grant on the development-only CLI client). */
  keycloakToken(username: string, password: string): Promise<string>;
  /** The realm file's demo users and their development passwords. */
  demoUsers(): DemoUser[];
  /** The master realm's bootstrap admin (development only). */
  keycloakAdmin(): { username: string; password: string };
  /** The 3-node Kafka cluster's failure helpers (after `npm run stack -- up --brokers 3`). */
  cluster: KafkaCluster;
}

export interface KafkaCluster {
  /** Whether the stack's Kafka is the 3-node cluster. */
  active(): boolean;
  /** SIGKILL of node 1, 2 or 3; resolves once its process and ports are gone. */
  killNode(id: number): Promise<number | null>;
  /** SIGSTOP of a node: it hangs with its connections open (a later killNode ends it). */
  freezeNode(id: number): number;
  /** Starts the node again; resolves once all three brokers answer. */
  restartNode(id: number): Promise<void>;
  /** The controller quorum's leader (node id), or -1. */
  controllerLeader(): number;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const stack: LocalStack = require(path.join(__dirname, '..', '..', '..', 'tools', 'stack.js'));

export const randomSuffix = (): string => Math.random().toString(36).slice(2, 10);
