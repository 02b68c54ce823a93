import { readFileSync } from 'node:fs';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { isDepartment, openSealed, openValue, sealedKeyIdsOf, type Department, type SubjectKey } from '@park-ledger/contracts';
import { TtlCache } from '@park-ledger/event-store';
import { SERVICE_CONFIG } from '@park-ledger/platform';
import type { ReportingConfig } from '../reporting-config';

/** What a personal field reads as while its department cannot be asked for the key (down, or no token configured). */
export const SEALED = '[sealed]';

/** A row of reporting's events table as far as personal data goes: its department, its actor, its payload (or part of it). */
export interface PersonalRow {
  readonly department: string;
  readonly actor: string;
  readonly payload: unknown;
}

export type OpenPersonal = <R extends PersonalRow>(rows: readonly R[]) => Promise<R[]>;

/** Leaves sealed values as they are (tests of pure reads). */
export const keepSealed: OpenPersonal = async (rows) => [...rows];

const MAX_IDS_PER_CALL = 200;

/**
 * Reporting keeps the events as the departments published them, personal fields sealed, and opens
 * them when a read shows them: the keys come from the owning department's `GET /internal/subject-keys`
 * (service token), and are kept SUBJECT_KEY_CACHE_SECONDS at most — the bound by which a forget may
 * be late here. A forgotten key is absent there, and its fields read as "[erased]".
 */
@Injectable()
export class PersonalData {
  private readonly logger = new Logger(PersonalData.name);
  private readonly cache: TtlCache<SubjectKey | null>;
  private readonly sources: Map<Department, string>;
  private readonly token?: string;

  constructor(@Inject(SERVICE_CONFIG) config: ReportingConfig) {
    this.cache = new TtlCache(config.SUBJECT_KEY_CACHE_SECONDS * 1000, 50_000);
    this.sources = parseSources(config.SUBJECT_KEY_SOURCES);
    this.token = config.SUBJECT_KEYS_TOKEN_FILE ? readFileSync(config.SUBJECT_KEYS_TOKEN_FILE, 'utf8').trim() : undefined;
  }

  /** The rows with their sealed values opened: plain, "[erased]" once forgotten, "[sealed]" while the key cannot be had. */
  open: OpenPersonal = async (rows) => {
    const wanted = new Map<Department, Set<string>>();
    for (const row of rows) {
      if (!isDepartment(row.department)) continue;
      for (const keyId of sealedKeyIdsOf(row)) {
        if (this.cache.get(keyId)) continue;
        const ids = wanted.get(row.department) ?? new Set<string>();
        ids.add(keyId);
        wanted.set(row.department, ids);
      }
    }
    const unavailable = new Set<string>();
    await Promise.all([...wanted].map(([department, ids]) => this.fetch(department, [...ids], unavailable)));
    return rows.map((row) =>
      openSealed(row, (sealed) => {
        if (unavailable.has(sealed.keyId)) return SEALED;
        return openValue(sealed, this.cache.get(sealed.keyId)?.value ?? undefined);
      }),
    );
  };

  private async fetch(department: Department, ids: string[], unavailable: Set<string>): Promise<void> {
    const base = this.sources.get(department);
    for (let i = 0; i < ids.length; i += MAX_IDS_PER_CALL) {
      const chunk = ids.slice(i, i + MAX_IDS_PER_CALL);
      if (!base || !this.token) {
        chunk.forEach((id) => unavailable.add(id));
        continue;
      }
      try {
        const response = await fetch(`${base}/internal/subject-keys?ids=${chunk.join(',')}`, {
          headers: { 'park-service-token': this.token },
          signal: AbortSignal.timeout(5000),
        });
        if (!response.ok) throw new Error(`${department} answered ${response.status}`);
        const keys = (await response.json()) as { keyId: string; key: string }[];
        const found = new Map(keys.map((k) => [k.keyId, { keyId: k.keyId, key: Buffer.from(k.key, 'base64') }]));
        // an id the department does not answer is forgotten (or never was): remembered as absent, for the same bound
        for (const id of chunk) this.cache.set(id, found.get(id) ?? null);
      } catch (error) {
        this.logger.warn(`subject keys of ${department} unavailable: ${error instanceof Error ? error.message : String(error)}`);
        chunk.forEach((id) => unavailable.add(id));
      }
    }
  }
}

/** `projects=http://host:3101,land=http://…` */
export const parseSources = (text: string | undefined): Map<Department, string> => {
  const sources = new Map<Department, string>();
  for (const part of (text ?? '').split(',').filter(Boolean)) {
    const [name, url] = [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)];
    if (isDepartment(name)) sources.set(name, url.replace(/\/+$/, ''));
  }
  return sources;
};
