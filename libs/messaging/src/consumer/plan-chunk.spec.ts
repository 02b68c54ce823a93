import type { EventEnvelope } from '@park-ledger/contracts';
import type { ConsumerDecodeResult } from './version-fit';
import type { MessageSource } from './consumer-tables';
import { streamKey, type StreamState } from './consumer-tables';
import { planChunk, type ChunkMessage } from './plan-chunk';

const event = (streamId: string, streamVersion: number): EventEnvelope => ({
  eventId: `${streamId}-${streamVersion}`,
  type: 'MessagingProbeRecorded',
  schemaVersion: 1,
  streamId,
  streamVersion,
  occurredAt: '2014-03-10T02:00:00.000Z',
  recordedAt: '2014-03-10T02:00:00.000Z',
  department: 'projects',
  actor: 'test',
  correlationId: 'c',
  causationId: null,
  payload: {},
});

let offset = 0;
const sourceOf = (raw: string): MessageSource => ({ topic: 't', partition: 0, offset: String(offset++), key: null, raw: Buffer.from(raw) });
const decode = (raw: string): ConsumerDecodeResult =>
  raw.startsWith('{') ? { ok: true, event: JSON.parse(raw) } : { ok: false, code: 'invalid-envelope', reason: raw };
const message = (streamId: string, version: number): ChunkMessage => {
  const e = event(streamId, version);
  return { source: sourceOf(JSON.stringify(e)), decoded: { ok: true, event: e } };
};
const poison = (): ChunkMessage => ({ source: sourceOf('garbage'), decoded: decode('garbage') });
const state = (version: number, held: Record<number, string> = {}): StreamState => ({
  version,
  held: new Map(Object.entries(held).map(([v, raw]) => [Number(v), sourceOf(raw)])),
});
const at = (streamId: string, s: StreamState) => new Map([[streamKey({ department: 'projects', streamId }), s]]);
const applied = (plan: { apply: readonly EventEnvelope[] }) => plan.apply.map((e) => `${e.streamId}@${e.streamVersion}`);

describe('streams never seen before, delivered in order', () => {
  it('applies every event in delivery order and moves each stream to its last version', () => {
    const plan = planChunk([message('a', 1), message('b', 1), message('a', 2)], new Map(), decode);
    expect(applied(plan)).toEqual(['a@1', 'b@1', 'a@2']);
    expect(plan.positions.map((p) => [p.stream.streamId, p.version])).toEqual([['a', 2], ['b', 1]]);
    expect(plan).toMatchObject({ hold: [], release: [], park: [], duplicates: 0, held: 0 });
  });
});

describe('a stream at version 1 delivered v1, v3, v2, v2', () => {
  it('applies v2 then the held-back v3 right after it, and counts v1 and the second v2 as duplicates', () => {
    const plan = planChunk([message('a', 1), message('a', 3), message('a', 2), message('a', 2)], at('a', state(1)), decode);
    expect(applied(plan)).toEqual(['a@2', 'a@3']);
    expect(plan.positions.map((p) => p.version)).toEqual([3]);
    expect(plan).toMatchObject({ hold: [], duplicates: 2, held: 1 });
  });
});

describe('a stream at version 0 whose v2 never arrives', () => {
  it('holds v3 (once, however often it comes) and does not move the stream past v1', () => {
    const plan = planChunk([message('a', 1), message('a', 3), message('a', 3)], new Map(), decode);
    expect(applied(plan)).toEqual(['a@1']);
    expect(plan.hold.map((h) => h.version)).toEqual([3]);
    expect(plan).toMatchObject({ duplicates: 1, held: 1 });
  });
});

describe('a stream at version 1 with v3 and v4 held in held_events', () => {
  const held = () => at('a', state(1, { 3: JSON.stringify(event('a', 3)), 4: JSON.stringify(event('a', 4)) }));

  it('applies v2 and releases v3 and v4 after it', () => {
    const plan = planChunk([message('a', 2)], held(), decode);
    expect(applied(plan)).toEqual(['a@2', 'a@3', 'a@4']);
    expect(plan.release.map((r) => r.version)).toEqual([3, 4]);
    expect(plan.positions.map((p) => p.version)).toEqual([4]);
  });

  it('counts a redelivered v3 as a duplicate rather than holding it twice', () => {
    const plan = planChunk([message('a', 3)], held(), decode);
    expect(plan).toMatchObject({ apply: [], hold: [], positions: [], duplicates: 1 });
  });
});

describe('a stream at version 1 with an undecodable v3 held in held_events', () => {
  it('parks v3 and leaves the stream at v2, so v4 is held behind it', () => {
    const plan = planChunk([message('a', 2), message('a', 4)], at('a', state(1, { 3: 'garbage' })), decode);
    expect(applied(plan)).toEqual(['a@2']);
    expect(plan.park.map((p) => p.code)).toEqual(['invalid-envelope']);
    expect(plan.release.map((r) => r.version)).toEqual([3]);
    expect(plan.hold.map((h) => h.version)).toEqual([4]);
    expect(plan.positions.map((p) => p.version)).toEqual([2]);
  });
});

describe('a chunk with poison messages between good ones', () => {
  it('parks each poison message in delivery order and applies the rest', () => {
    const first = poison();
    const second = poison();
    const plan = planChunk([first, message('a', 1), second, message('a', 2)], new Map(), decode);
    expect(applied(plan)).toEqual(['a@1', 'a@2']);
    expect(plan.park.map((p) => p.source)).toEqual([first.source, second.source]);
  });
});
