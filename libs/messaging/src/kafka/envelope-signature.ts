import { createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { topicFor, type Department, type EventEnvelope } from '@park-ledger/contracts';
import type { IHeaders, Message } from 'kafkajs';
import { toKafkaMessage } from './envelope-codec';

/**
 * Topics trust only their service: each department's relay signs every message value it publishes
 * with the department's key — HMAC-SHA256 (RFC 2104, node:crypto) — in this header; consumers check
 * it with that department's key before decoding. A message signed with another department's key, with
 * none, or changed on the way does not verify on the topic it was found on, and is parked `untrusted`.
 * HMAC rather than Ed25519: on this machine an Ed25519 verify costs about 170 µs a message (sign 57 µs),
 * an HMAC 4.5 µs, and every consumer checks every message; a consumer's keys could sign, so each
 * service's Kafka user may write only its own topic (see the README's production notes).
 */
export const SIGNATURE_HEADER = 'park-signature';

/** The signature of a message value, base64 (what the relay puts in the header). */
export type SignMessage = (value: string | Buffer) => string;

/** A message as the consumer read it: why it is not to be trusted, or undefined when it is. */
export type VerifyMessage = (message: { readonly topic: string; readonly value: Buffer | null; readonly headers?: IHeaders }) => string | undefined;

const MIN_KEY_BYTES = 32;

/** A department's key as kept in its file: at least 32 random bytes, base64. */
export function eventKeyFrom(text: string | Buffer, where = 'an event key'): Buffer {
  const key = Buffer.from(text.toString().trim(), 'base64');
  if (key.length < MIN_KEY_BYTES) throw new Error(`${where} must hold at least ${MIN_KEY_BYTES} random bytes, base64`);
  return key;
}

const mac = (key: Buffer, value: string | Buffer) => createHmac('sha256', key).update(value).digest();

export function messageSigner(key: Buffer): SignMessage {
  if (key.length < MIN_KEY_BYTES) throw new Error(`an event signing key must have at least ${MIN_KEY_BYTES} bytes`);
  return (value) => mac(key, value).toString('base64');
}

/** Verifies each message against the key of the department whose topic it was read from. */
export function messageVerifier(keysByTopic: ReadonlyMap<string, Buffer>): VerifyMessage {
  return ({ topic, value, headers }) => {
    const key = keysByTopic.get(topic);
    if (!key) return `no key to verify messages of ${topic}`;
    const header = headers?.[SIGNATURE_HEADER];
    const signature = Array.isArray(header) ? header[0] : header;
    if (signature === undefined) return `no ${SIGNATURE_HEADER} header: not published by the department's service`;
    if (!value) return 'no value to verify';
    const given = Buffer.from(signature.toString(), 'base64');
    const expected = mac(key, value);
    return given.length === expected.length && timingSafeEqual(given, expected)
      ? undefined
      : `the signature does not verify with the key of ${topic}'s department: not published by its service, or changed on the way`;
  };
}

export interface EventKeySettings {
  /** this department service's key file: its relay signs with it */
  readonly signingKeyFile?: string;
  /** a folder holding each department's key as `<department>.key` */
  readonly verifyKeysDir?: string;
  readonly topicPrefix?: string;
}

export interface EventKeys {
  readonly sign?: SignMessage;
  /** for a consumer of these departments' topics; undefined when no keys folder is set */
  verifierFor(consumed: readonly Department[]): VerifyMessage | undefined;
}

/** The settings of a service (ServiceConfig) that name its event keys. */
export const eventKeySettings = (config: {
  readonly EVENT_SIGNING_KEY_FILE?: string;
  readonly EVENT_VERIFY_KEYS_DIR?: string;
  readonly KAFKA_TOPIC_PREFIX: string;
}): EventKeySettings => ({
  signingKeyFile: config.EVENT_SIGNING_KEY_FILE,
  verifyKeysDir: config.EVENT_VERIFY_KEYS_DIR,
  topicPrefix: config.KAFKA_TOPIC_PREFIX,
});

/** Reads the keys a service's settings name; a named file that is missing or not a key stops start-up. */
export function loadEventKeys({ signingKeyFile, verifyKeysDir, topicPrefix = '' }: EventKeySettings): EventKeys {
  const sign = signingKeyFile ? messageSigner(readKey(signingKeyFile, 'EVENT_SIGNING_KEY_FILE')) : undefined;
  return {
    sign,
    verifierFor(consumed) {
      if (!verifyKeysDir) return undefined;
      const keys = new Map<string, Buffer>();
      for (const department of consumed) {
        keys.set(topicFor(department, topicPrefix), readKey(path.join(verifyKeysDir, `${department}.key`), 'EVENT_VERIFY_KEYS_DIR'));
      }
      return messageVerifier(keys);
    },
  };
}

function readKey(file: string, setting: string): Buffer {
  if (!existsSync(file)) throw new Error(`${setting}: ${file} does not exist`);
  return eventKeyFrom(readFileSync(file), `${setting}: ${file}`);
}

/**
 * Envelopes as their departments' relays publish them (toKafkaMessage, signed with the department's
 * key): for tests and benchmarks that write to the topics as the departments would.
 */
export function publishedAsDepartment(keyOf: (department: Department) => string): (envelope: EventEnvelope) => Message {
  const signers = new Map<Department, SignMessage>();
  return (envelope) => {
    let sign = signers.get(envelope.department);
    if (!sign) signers.set(envelope.department, (sign = messageSigner(eventKeyFrom(keyOf(envelope.department)))));
    const message = toKafkaMessage(envelope);
    return { ...message, headers: { ...message.headers, [SIGNATURE_HEADER]: sign(message.value as string) } };
  };
}
