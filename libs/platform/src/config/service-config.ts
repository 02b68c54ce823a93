import { plainToInstance, Transform } from 'class-transformer';
import type { KafkaConfig } from 'kafkajs';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/** Settings every service reads from its environment. Services extend it with their own. */
export class ServiceConfig {
  @Transform(toInt)
  @IsInt({ message: 'PORT must be an integer between 1 and 65535' })
  @Min(1, { message: 'PORT must be an integer between 1 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 1 and 65535' })
  PORT!: number;

  @IsOptional()
  @IsString()
  HOST = '127.0.0.1';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Matches(/^[\w.-]+:\d+(,[\w.-]+:\d+)*$/, {
    message: 'KAFKA_BROKERS must be a comma-separated list of host:port',
  })
  KAFKA_BROKERS!: string;

  /** SASL towards Kafka (each service its own user, so the broker's ACLs can let it write only its topic); unset: none */
  @IsOptional()
  @IsIn(['scram-sha-512', 'scram-sha-256', 'plain'], { message: 'KAFKA_SASL_MECHANISM must be scram-sha-512, scram-sha-256 or plain' })
  KAFKA_SASL_MECHANISM?: 'scram-sha-512' | 'scram-sha-256' | 'plain';

  @ValidateIf((c: ServiceConfig) => c.KAFKA_SASL_MECHANISM !== undefined)
  @IsString({ message: 'KAFKA_SASL_USERNAME must be set with KAFKA_SASL_MECHANISM' })
  @Length(1, 200, { message: 'KAFKA_SASL_USERNAME must be set with KAFKA_SASL_MECHANISM' })
  KAFKA_SASL_USERNAME?: string;

  @ValidateIf((c: ServiceConfig) => c.KAFKA_SASL_MECHANISM !== undefined)
  @IsString({ message: 'KAFKA_SASL_PASSWORD must be set with KAFKA_SASL_MECHANISM' })
  @Length(1, 1000, { message: 'KAFKA_SASL_PASSWORD must be set with KAFKA_SASL_MECHANISM' })
  KAFKA_SASL_PASSWORD?: string;

  /** TLS towards Kafka */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'KAFKA_SSL must be true or false' })
  KAFKA_SSL: 'true' | 'false' = 'false';

  @Matches(/^[\w.-]{0,100}$/, { message: 'KAFKA_TOPIC_PREFIX must be up to 100 letters, digits, _ . -' })
  KAFKA_TOPIC_PREFIX = '';

  @Transform(toInt)
  @IsInt({ message: 'KAFKA_TOPIC_PARTITIONS must be an integer between 1 and 1000' })
  @Min(1, { message: 'KAFKA_TOPIC_PARTITIONS must be an integer between 1 and 1000' })
  @Max(1000, { message: 'KAFKA_TOPIC_PARTITIONS must be an integer between 1 and 1000' })
  KAFKA_TOPIC_PARTITIONS = 6;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  @IsString()
  @Length(1, 200, { message: 'JWT_ISSUER must be 1 to 200 characters' })
  JWT_ISSUER = 'park-ledger';

  @IsString()
  @Length(1, 200, { message: 'JWT_AUDIENCE must be 1 to 200 characters' })
  JWT_AUDIENCE = 'park-ledger';

  /** PEM public key that verifies bearer tokens (or give JWT_JWKS_URL) */
  @ValidateIf((c: ServiceConfig) => !c.JWT_JWKS_URL)
  @IsString({ message: 'JWT_PUBLIC_KEY_FILE (a PEM file) or JWT_JWKS_URL must be set' })
  @Length(1, 4096, { message: 'JWT_PUBLIC_KEY_FILE (a PEM file) or JWT_JWKS_URL must be set' })
  JWT_PUBLIC_KEY_FILE?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'JWT_JWKS_URL must be an http(s) URL' })
  JWT_JWKS_URL?: string;

  /** With both a PEM key and a JWKS: tokens naming this `kid` (or none) are checked against the PEM key */
  @IsString()
  @Length(1, 200, { message: 'JWT_PUBLIC_KEY_ID must be 1 to 200 characters' })
  JWT_PUBLIC_KEY_ID = 'park-ledger-dev';

  /** Department services: the file holding its event key (32+ random bytes, base64): its relay signs every published event with it (HMAC-SHA256) */
  @IsOptional()
  @IsString()
  @Length(1, 4096, { message: 'EVENT_SIGNING_KEY_FILE must be a file path' })
  EVENT_SIGNING_KEY_FILE?: string;

  /** Consumers: a folder with each department's event key as <department>.key; an event that does not verify is parked `untrusted` */
  @IsOptional()
  @IsString()
  @Length(1, 4096, { message: 'EVENT_VERIFY_KEYS_DIR must be a folder path' })
  EVENT_VERIFY_KEYS_DIR?: string;

  /**
   * How long a department service remembers an Idempotency-Key (default 30 days): a retry within it
   * answers the first result; a retry after it is a new command. Keys are forgotten within
   * RETENTION_PURGE_INTERVAL_SECONDS after they expire.
   */
  @Transform(toInt)
  @IsInt({ message: 'IDEMPOTENCY_KEY_TTL_SECONDS must be an integer between 1 and 315360000' })
  @Min(1, { message: 'IDEMPOTENCY_KEY_TTL_SECONDS must be an integer between 1 and 315360000' })
  @Max(315_360_000, { message: 'IDEMPOTENCY_KEY_TTL_SECONDS must be an integer between 1 and 315360000' })
  IDEMPOTENCY_KEY_TTL_SECONDS = 30 * 24 * 3600;

  /** How often expired idempotency keys (and outbox rows an older version marked published) are deleted. */
  @Transform(toInt)
  @IsInt({ message: 'RETENTION_PURGE_INTERVAL_SECONDS must be an integer between 1 and 86400' })
  @Min(1, { message: 'RETENTION_PURGE_INTERVAL_SECONDS must be an integer between 1 and 86400' })
  @Max(86_400, { message: 'RETENTION_PURGE_INTERVAL_SECONDS must be an integer between 1 and 86400' })
  RETENTION_PURGE_INTERVAL_SECONDS = 3600;

  /**
   * Department services: whether new events' personal fields (actor, reasons, the fields README lists)
   * are sealed per data subject (AES-256-GCM, keys in event_store.subject_keys). `off` is for the
   * benchmark's side-by-side run; events sealed before are opened either way.
   */
  @IsIn(['on', 'off'], { message: 'PERSONAL_DATA_ENCRYPTION must be on or off' })
  PERSONAL_DATA_ENCRYPTION: 'on' | 'off' = 'on';

  /**
   * How long a process keeps a data subject's key (or its absence) once read: the bound by which a
   * forget on another instance (or in the owning service, for reporting) reaches it. Default 60 s.
   */
  @Transform(toInt)
  @IsInt({ message: 'SUBJECT_KEY_CACHE_SECONDS must be an integer between 0 and 86400' })
  @Min(0, { message: 'SUBJECT_KEY_CACHE_SECONDS must be an integer between 0 and 86400' })
  @Max(86_400, { message: 'SUBJECT_KEY_CACHE_SECONDS must be an integer between 0 and 86400' })
  SUBJECT_KEY_CACHE_SECONDS = 60;

  /**
   * The file holding the service token (16+ characters) that reporting presents to a department's
   * `POST /internal/subject-keys` to read the keys of its events' personal fields. Unset: the
   * endpoint answers 404 (department) / personal fields read as "[sealed]" (reporting).
   */
  @IsOptional()
  @IsString()
  @Length(1, 4096, { message: 'SUBJECT_KEYS_TOKEN_FILE must be a file path' })
  SUBJECT_KEYS_TOKEN_FILE?: string;

  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_TIMEOUT_MS must be an integer between 0 and 600000' })
  @Min(0, { message: 'SHUTDOWN_TIMEOUT_MS must be an integer between 0 and 600000' })
  @Max(600000, { message: 'SHUTDOWN_TIMEOUT_MS must be an integer between 0 and 600000' })
  SHUTDOWN_TIMEOUT_MS = 10000;

  /** The first moment anything can have happened in the park: business times before it are refused. */
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/, {
    message: 'PARK_ESTABLISHED_ON must be an ISO-8601 date-time with an offset, e.g. 2001-01-01T00:00:00+08:00',
  })
  PARK_ESTABLISHED_ON = '2001-01-01T00:00:00+08:00';
}

export class InvalidConfiguration extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidConfiguration';
  }
}

/**
 * Validates raw environment variables against a config class; unknown variables are ignored
 * (the environment is full of them), every problem is reported with the setting's name.
 */
export function validateConfig<T extends object>(
  configClass: new () => T,
  env: Record<string, unknown>,
): T {
  const config = plainToInstance(configClass, env, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const problems = errors.map((e) => {
      const messages = Object.values(e.constraints ?? {});
      const got = e.value === undefined ? 'it is not set' : `got ${JSON.stringify(e.value)}`;
      return `${e.property}: ${messages[0] ?? 'is invalid'} (${got})`;
    });
    throw new InvalidConfiguration(problems);
  }
  return config;
}

/** kafkajs's sasl and ssl options from the settings. */
export function kafkaSecurity(
  config: Pick<ServiceConfig, 'KAFKA_SASL_MECHANISM' | 'KAFKA_SASL_USERNAME' | 'KAFKA_SASL_PASSWORD' | 'KAFKA_SSL'>,
): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username = '', KAFKA_SASL_PASSWORD: password = '' } = config;
  const ssl = config.KAFKA_SSL === 'true';
  if (mechanism === 'plain') return { ssl, sasl: { mechanism, username, password } };
  if (mechanism === 'scram-sha-256') return { ssl, sasl: { mechanism, username, password } };
  if (mechanism === 'scram-sha-512') return { ssl, sasl: { mechanism, username, password } };
  return { ssl };
}
