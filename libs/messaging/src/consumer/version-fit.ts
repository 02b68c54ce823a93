import type { EventEnvelope } from '@park-ledger/contracts';

export type ConsumerDecodeResult =
  | { readonly ok: true; readonly event: EventEnvelope }
  | { readonly ok: false; readonly reason: string; readonly code?: string };

/** Raw message value (UTF-8 text) -> a validated, upcast event, or why not. */
export type Decode = (raw: string) => ConsumerDecodeResult;

export type VersionFit = 'duplicate' | 'next' | 'ahead';

export const versionFit = (version: number, lastApplied: number): VersionFit =>
  version <= lastApplied ? 'duplicate' : version === lastApplied + 1 ? 'next' : 'ahead';
