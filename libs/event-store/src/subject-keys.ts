import { randomBytes, randomUUID } from 'node:crypto';
import {
  openEnvelope,
  sealEnvelope,
  sealedKeyIdsOf,
  subjectsToSeal,
  type EventEnvelope,
  type SubjectKey,
} from '@park-ledger/contracts';
import type { DataSource } from 'typeorm';

export interface SubjectKeysOptions {
  /**
   * How long this process keeps a key (or its absence) it has read: the bound by which it may go on
   * opening (or sealing with) a forgotten subject's key after another instance deleted it. The
   * instance that forgets evicts at once.
   */
  readonly cacheSeconds: number;
  /** Keys kept at most (each cache); the oldest read goes first. */
  readonly maxEntries?: number;
  /** Whether new events are sealed (PERSONAL_DATA_ENCRYPTION); stored sealed events are opened either way. */
  readonly seal?: boolean;
}

export type ForgetOutcome =
  | { readonly outcome: 'forgotten'; readonly keyId: string }
  | { readonly outcome: 'already-forgotten' }
  | { readonly outcome: 'unknown' };

type KeyRow = { subject_id: string; key_id: string; key: Buffer };

/** A bounded cache whose entries live `ttlMs` at most; the least recently stored goes first. */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}
  get(key: string, now = Date.now()): { value: V } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.at >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
  set(key: string, value: V, now = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: now });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
  get size(): number {
    return this.entries.size;
  }
}

/** The owning service's key table (event_store.subject_keys): seals, opens and forgets its events' personal data. */
export class SubjectKeys {
  readonly seals: boolean;
  private readonly bySubject: TtlCache<SubjectKey>;
  private readonly byId: TtlCache<SubjectKey | null>;

  constructor(
    private readonly dataSource: DataSource,
    options: SubjectKeysOptions,
  ) {
    this.seals = options.seal ?? true;
    this.bySubject = new TtlCache(options.cacheSeconds * 1000, options.maxEntries ?? 50_000);
    this.byId = new TtlCache(options.cacheSeconds * 1000, options.maxEntries ?? 50_000);
  }

  /** The envelopes as stored and published: sealed with their subjects' keys (made for new subjects). */
  async seal<E extends EventEnvelope>(envelopes: readonly E[]): Promise<E[]> {
    if (!this.seals || envelopes.length === 0) return [...envelopes];
    const keys = await this.keysOfSubjects(new Set(envelopes.flatMap((e) => subjectsToSeal(e))));
    return envelopes.map((e) => sealEnvelope(e, (subject) => keys.get(subject) as SubjectKey));
  }

  /** The envelopes as readers see them: opened, "[erased]" where a key is forgotten. */
  async open<E extends Pick<EventEnvelope, 'actor' | 'payload'>>(envelopes: readonly E[]): Promise<E[]> {
    const keyIds = new Set(envelopes.flatMap((e) => sealedKeyIdsOf(e)));
    if (keyIds.size === 0) return [...envelopes];
    const keys = await this.keysById(keyIds);
    return envelopes.map((e) => openEnvelope(e, (keyId) => keys.get(keyId)));
  }

  /** The keys still held under these ids (what reporting asks for); an id absent is forgotten or never was. */
  async keysById(ids: Iterable<string>, { fresh = false } = {}): Promise<Map<string, SubjectKey | undefined>> {
    const found = new Map<string, SubjectKey | undefined>();
    const missing: string[] = [];
    for (const id of ids) {
      const cached = fresh ? undefined : this.byId.get(id);
      if (cached) found.set(id, cached.value ?? undefined);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const uuids = missing.filter((id) => UUID.test(id));
    const rows: KeyRow[] =
      uuids.length === 0
        ? []
        : await this.dataSource.query(
            `select subject_id, key_id::text as key_id, key from event_store.subject_keys where key_id = any($1::uuid[])`,
            [uuids],
          );
    const byId = new Map(rows.map((r) => [r.key_id, { keyId: r.key_id, key: r.key }]));
    for (const id of missing) {
      const key = byId.get(id);
      found.set(id, key);
      this.byId.set(id, key ?? null);
    }
    return found;
  }

  /** The current key of each subject, made for those without one. */
  private async keysOfSubjects(subjects: Set<string>): Promise<Map<string, SubjectKey>> {
    const found = new Map<string, SubjectKey>();
    const missing: string[] = [];
    for (const subject of subjects) {
      const cached = this.bySubject.get(subject);
      if (cached) found.set(subject, cached.value);
      else missing.push(subject);
    }
    if (missing.length === 0) return found;
    const rows: KeyRow[] = await this.dataSource.query(
      `with made as (
         insert into event_store.subject_keys (subject_id, key_id, key)
         select s, k::uuid, decode(b, 'hex') from unnest($1::text[], $2::text[], $3::text[]) as t(s, k, b)
         on conflict (subject_id) do nothing
         returning subject_id, key_id::text as key_id, key)
       select * from made
       union all
       select subject_id, key_id::text, key from event_store.subject_keys
        where subject_id = any($1::text[]) and subject_id not in (select subject_id from made)`,
      [missing, missing.map(() => randomUUID()), missing.map(() => randomBytes(32).toString('hex'))],
    );
    // a key another append made at the same moment is not in this statement's snapshot (its insert
    // waited for it and did nothing): read again, in a statement of its own
    const late = missing.filter((subject) => !rows.some((row) => row.subject_id === subject));
    if (late.length > 0) {
      rows.push(
        ...(await this.dataSource.query(
          `select subject_id, key_id::text as key_id, key from event_store.subject_keys where subject_id = any($1::text[])`,
          [late],
        )),
      );
    }
    for (const row of rows) {
      const key = { keyId: row.key_id, key: row.key };
      found.set(row.subject_id, key);
      this.bySubject.set(row.subject_id, key);
      this.byId.set(row.key_id, key);
    }
    const lost = missing.filter((subject) => !found.has(subject));
    // only a forget racing the append can leave one without a key: refuse rather than store it plain
    if (lost.length > 0) throw new Error(`no key for ${lost.length} data subject(s): forgotten while being written`);
    return found;
  }

  /**
   * Deletes the subject's key and records the forget (who, why) in the same statement. Forgetting
   * again answers 'already-forgotten' and changes nothing; a subject never seen answers 'unknown'.
   */
  async forget(subject: string, { by, reason }: { by: string; reason: string }): Promise<ForgetOutcome> {
    const [row]: { key_id: string | null; before: boolean }[] = await this.dataSource.query(
      `with deleted as (
         delete from event_store.subject_keys where subject_id = $1 returning subject_id, key_id),
       recorded as (
         insert into event_store.forgotten_subjects (subject_id, key_id, forgotten_by, reason)
         select subject_id, key_id, $2, $3 from deleted returning key_id)
       select (select key_id::text from recorded) as key_id,
              exists (select 1 from event_store.forgotten_subjects where subject_id = $1) as before`,
      [subject, by, reason],
    );
    const cached = this.bySubject.get(subject);
    this.bySubject.delete(subject);
    if (cached) this.byId.delete(cached.value.keyId);
    if (row.key_id) {
      this.byId.delete(row.key_id);
      return { outcome: 'forgotten', keyId: row.key_id };
    }
    return row.before ? { outcome: 'already-forgotten' } : { outcome: 'unknown' };
  }

  /** Streams holding a value sealed with the key (an actor or a personal field): their inline rows change with a forget. */
  async streamsSealedWith(keyId: string): Promise<string[]> {
    const rows: { stream_id: string }[] = await this.dataSource.query(
      `select distinct stream_id from event_store.events where actor like $1 or payload::text like $2`,
      [`sealed.${keyId}.%`, `%"keyId": "${keyId}"%`],
    );
    return rows.map((r) => r.stream_id);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
