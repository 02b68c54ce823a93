import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EventEnvelope } from './envelope';

/**
 * Personal data in events, and its crypto-shredding. A personal field is sealed per data subject
 * with AES-256-GCM (node:crypto: a random 96-bit IV per value, the 128-bit tag checked on opening)
 * under the subject's key, kept in the owning service's key table (event_store.subject_keys); the
 * sealed value carries the subject and key id beside the ciphertext. Deleting the key (a forget)
 * makes every copy — the store, the outbox, the topic, reporting's tables — read as "[erased]".
 *
 * Sealing is a layer under the payload schemas: a payload field holds either its plain value or a
 * sealed object in its place, the schemas (and their snapshots, the compatibility check, the
 * upcasters) describe the plain value, and decoding validates a sealed or erased value as the field
 * it stands for. The envelope's `actor` column is text, so a sealed actor is a string token.
 */
export const ERASED = '[erased]';

/** Who the value is about: the author of the event (its `sub`), or a subject id the payload names. */
export type SubjectOf = 'actor' | ((payload: Readonly<Record<string, unknown>>) => string | undefined);

export interface PersonalField {
  /** An event type, or '*' for every type whose payload has the field. */
  readonly type: string;
  /** A top-level payload field holding text. */
  readonly field: string;
  readonly subject: SubjectOf;
  /** Why it is personal (shown in the README's list). */
  readonly why: string;
}

/**
 * The personal fields of every event, one line each. Besides these, every envelope's `actor` (the
 * Keycloak `sub` of who wrote it) is personal, its subject itself. A field about a person who has an
 * id of their own (an enterprise's contact person) names that id as its subject, so that person can
 * be forgotten alone; text a clerk wrote about the record (a correction's reason, a close's note)
 * has the clerk as its subject: without an id of its own the named person cannot be told apart, and
 * forgetting the clerk erases what the clerk wrote.
 */
/** An enterprise's contact person, the subject of the contact on its returns: `contact:<enterpriseId>`. */
const enterpriseContact: SubjectOf = (payload) => (typeof payload['enterpriseId'] === 'string' ? `contact:${payload['enterpriseId']}` : undefined);

export const personalFields: readonly PersonalField[] = [
  { type: '*', field: 'reason', subject: 'actor', why: 'free text a clerk wrote; may name people' },
  { type: 'PeriodClosed', field: 'closedBy', subject: 'actor', why: 'the person who closed the period' },
  { type: 'PeriodSignedOff', field: 'signedBy', subject: 'actor', why: 'the person who signed the period off' },
  { type: 'PeriodReopened', field: 'reopenedBy', subject: 'actor', why: 'the person who reopened the period' },
  { type: 'PeriodClosed', field: 'note', subject: 'actor', why: 'free text a clerk wrote; may name people' },
  { type: 'PeriodSignedOff', field: 'note', subject: 'actor', why: 'free text the director wrote; may name people' },
  ...['EconomicReturnSubmitted', 'EconomicReturnCorrected'].flatMap((type) => [
    { type, field: 'contactName', subject: enterpriseContact, why: "the enterprise's contact person" },
    { type, field: 'contactPhone', subject: enterpriseContact, why: "the enterprise's contact person's phone number" },
  ]),
];

/** The personal fields of one event type (the '*' rules included). */
export const personalFieldsOf = (type: string, fields: readonly PersonalField[] = personalFields) =>
  fields.filter((f) => f.type === type || f.type === '*');

export interface SubjectKey {
  readonly keyId: string;
  /** 32 bytes */
  readonly key: Buffer;
}

/**
 * A sealed value, in the payload in place of the plain one. It names its key by the key's random id,
 * not by the subject: once the key row is deleted nothing in the events links them to the person.
 */
export interface SealedValue {
  readonly $sealed: 'aes-256-gcm';
  readonly keyId: string;
  readonly iv: string;
  readonly tag: string;
  readonly data: string;
}

/** A sealed actor (the envelope's text column): `sealed.<keyId>.<iv>.<tag>.<data>`. */
const ACTOR_PREFIX = 'sealed.';

export const isSealed = (value: unknown): value is SealedValue =>
  typeof value === 'object' && value !== null && (value as { $sealed?: unknown }).$sealed === 'aes-256-gcm';

export const isSealedActor = (actor: string) => actor.startsWith(ACTOR_PREFIX);

const b64 = (buffer: Buffer) => buffer.toString('base64url');

/** Random IVs drawn 512 at a time: one call for the random source per 512 sealed values, not one each. */
const IV_BYTES = 12;
const IVS_PER_DRAW = 512;
let ivs = Buffer.alloc(0);
let ivAt = 0;
const freshIv = (): Buffer => {
  if (ivAt + IV_BYTES > ivs.length) {
    ivs = randomBytes(IV_BYTES * IVS_PER_DRAW);
    ivAt = 0;
  }
  ivAt += IV_BYTES;
  return ivs.subarray(ivAt - IV_BYTES, ivAt);
};

export const sealValue = (plain: string, { keyId, key }: SubjectKey): SealedValue => {
  const iv = freshIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // the key id is bound to the ciphertext as associated data
  cipher.setAAD(Buffer.from(keyId));
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return { $sealed: 'aes-256-gcm', keyId, iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
};

/** The plain value, or "[erased]" when its key is gone (or it does not open under the key). */
export const openValue = (sealed: SealedValue, key: SubjectKey | undefined): string => {
  if (!key || key.keyId !== sealed.keyId) return ERASED;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(sealed.iv, 'base64url'));
    decipher.setAAD(Buffer.from(sealed.keyId));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return ERASED;
  }
};

export const sealActor = (actor: string, key: SubjectKey): string => {
  const { keyId, iv, tag, data } = sealValue(actor, key);
  return `${ACTOR_PREFIX}${keyId}.${iv}.${tag}.${data}`;
};

const actorSealedValue = (actor: string): SealedValue | undefined => {
  if (!isSealedActor(actor)) return undefined;
  const [keyId, iv, tag, data] = actor.slice(ACTOR_PREFIX.length).split('.');
  return data === undefined ? undefined : { $sealed: 'aes-256-gcm', keyId, iv, tag, data };
};

/** The subject an envelope's personal field is about. */
const subjectOf = (rule: PersonalField, envelope: EventEnvelope, payload: Record<string, unknown>) =>
  rule.subject === 'actor' ? envelope.actor : rule.subject(payload);

/** The subjects whose keys sealing this envelope needs. */
export const subjectsToSeal = (envelope: EventEnvelope, fields: readonly PersonalField[] = personalFields): string[] => {
  const payload = envelope.payload as Record<string, unknown>;
  const subjects = new Set<string>([envelope.actor]);
  for (const rule of personalFieldsOf(envelope.type, fields)) {
    if (typeof payload[rule.field] !== 'string') continue;
    const subject = subjectOf(rule, envelope, payload);
    if (subject) subjects.add(subject);
  }
  return [...subjects];
};

/** The envelope as stored and published: its actor and personal fields sealed with their subjects' keys. */
export const sealEnvelope = <E extends EventEnvelope>(
  envelope: E,
  keyOf: (subject: string) => SubjectKey,
  fields: readonly PersonalField[] = personalFields,
): E => {
  const payload = envelope.payload as Record<string, unknown>;
  let sealedPayload: Record<string, unknown> | undefined;
  for (const rule of personalFieldsOf(envelope.type, fields)) {
    const value = payload[rule.field];
    if (typeof value !== 'string') continue;
    const subject = subjectOf(rule, envelope, payload);
    if (!subject) continue;
    sealedPayload ??= { ...payload };
    sealedPayload[rule.field] = sealValue(value, keyOf(subject));
  }
  return { ...envelope, actor: sealActor(envelope.actor, keyOf(envelope.actor)), payload: sealedPayload ?? payload };
};

/** The key ids an envelope's sealed values need to be opened. */
export const sealedKeyIdsOf = (envelope: Pick<EventEnvelope, 'actor' | 'payload'>): string[] => {
  const keyIds = new Set<string>();
  const actor = actorSealedValue(envelope.actor);
  if (actor) keyIds.add(actor.keyId);
  walkSealed(envelope.payload, (sealed) => keyIds.add(sealed.keyId));
  return [...keyIds];
};

const walkSealed = (value: unknown, visit: (sealed: SealedValue) => void): void => {
  if (isSealed(value)) visit(value);
  else if (Array.isArray(value)) value.forEach((v) => walkSealed(v, visit));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => walkSealed(v, visit));
};

/** Replaces every sealed value (at any depth) by `open(sealed)`. */
export const mapSealed = (value: unknown, open: (sealed: SealedValue) => string): unknown => {
  if (isSealed(value)) return open(value);
  if (Array.isArray(value)) return value.map((v) => mapSealed(v, open));
  if (typeof value === 'object' && value !== null) {
    let copy: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(value)) {
      const mapped = mapSealed(v, open);
      if (mapped !== v) (copy ??= { ...(value as Record<string, unknown>) })[k] = mapped;
    }
    return copy ?? value;
  }
  return value;
};

/** The envelope with every sealed value (actor and payload, at any depth) replaced by `open(sealed)`. */
export const openSealed = <E extends Pick<EventEnvelope, 'actor' | 'payload'>>(envelope: E, open: (sealed: SealedValue) => string): E => {
  const payload = mapSealed(envelope.payload, open);
  const sealedActor = actorSealedValue(envelope.actor);
  const actor = sealedActor ? open(sealedActor) : envelope.actor;
  return actor === envelope.actor && payload === envelope.payload ? envelope : { ...envelope, actor, payload };
};

/** The envelope as its readers see it: every sealed value opened, or "[erased]" where its key is gone. */
export const openEnvelope = <E extends Pick<EventEnvelope, 'actor' | 'payload'>>(
  envelope: E,
  keyById: (keyId: string) => SubjectKey | undefined,
): E => openSealed(envelope, (sealed) => openValue(sealed, keyById(sealed.keyId)));
