// The oracle of the reporting e2e tests: every figure recomputed from the events alone, in memory,
// without the reporting service's engine, SQL, Kafka delivery or dedup: each record's events folded
// in stream order, the contributions summed.
import { EventRegistry, landEvents, projectsEvents, safetyEvents, type EventEnvelope } from '@park-ledger/contracts';
// The oracle reuses the record projections' pure folds (unit-tested on their own); what it checks is everything
// between the topics and the answers: delivery, dedup, ordering, the SQL engine and the queries.
import { allProjections, figureCatalogue } from '@park-ledger/figures';
import type { Kafka } from 'kafkajs';

const registry = new EventRegistry([...projectsEvents, ...landEvents, ...safetyEvents]);

/** figure -> zoneId -> value for the year, for the given zones only (other tests share the topics). */
export type ZoneFigures = Record<string, Record<string, number>>;

export function oracleFigures(events: readonly EventEnvelope[], year: number, zones: readonly string[]): ZoneFigures {
  const unique = new Map(events.map((e) => [`${e.streamId}#${e.streamVersion}`, e]));
  const ordered = [...unique.values()].sort((a, b) =>
    a.streamId === b.streamId ? a.streamVersion - b.streamVersion : a.streamId < b.streamId ? -1 : 1,
  );
  const rows = new Map<string, { kind: string; row: unknown }>();
  for (const event of ordered) {
    for (const projection of allProjections.filter((p) => p.eventTypes.includes(event.type))) {
      const key = `${projection.kind}|${projection.recordIdOf(event)}`;
      rows.set(key, { kind: projection.kind, row: projection.evolve(rows.get(key)?.row ?? null, event) });
    }
  }
  const result: ZoneFigures = {};
  for (const { kind, row } of rows.values()) {
    if (row === null) continue;
    const projection = allProjections.find((p) => p.kind === kind)!;
    for (const c of projection.contributions(row)) {
      const zone = c.dims['zoneId'];
      const figure = figureCatalogue.find((f) => f.name === c.figure);
      if (!figure || !zone || !zones.includes(zone)) continue;
      const [y] = c.period.split('-').map(Number);
      if (y > year || (figure.kind === 'flow' && y < year)) continue;
      result[c.figure] = { ...result[c.figure], [zone]: (result[c.figure]?.[zone] ?? 0) + c.value };
    }
  }
  return withoutZeros(result);
}

export function withoutZeros(figures: ZoneFigures): ZoneFigures {
  const result: ZoneFigures = {};
  for (const [figure, zones] of Object.entries(figures)) {
    const nonZero = Object.entries(zones).filter(([, v]) => v !== 0);
    if (nonZero.length > 0) result[figure] = Object.fromEntries(nonZero);
  }
  return result;
}

/** The reporting service's answer in the oracle's shape. */
export async function reportedFigures(url: string, token: string, year: number, zones: readonly string[]): Promise<ZoneFigures> {
  const res = await fetch(`${url}/figures?year=${year}&groupBy=zoneId`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`GET /figures answered ${res.status}`);
  const body = (await res.json()) as { figures: { figure: string; breakdown: { dims: { zoneId: string | null }; value: number }[] }[] };
  const result: ZoneFigures = {};
  for (const f of body.figures) {
    for (const part of f.breakdown ?? []) {
      // a figure stated per item (percentages) comes in parts per item within the zone: added here only to match the oracle's sums
      const zoneId = part.dims.zoneId;
      if (zoneId && zones.includes(zoneId)) result[f.figure] = { ...result[f.figure], [zoneId]: (result[f.figure]?.[zoneId] ?? 0) + part.value };
    }
  }
  return withoutZeros(result);
}

/** Every event on the topics (decoded; undecodable messages skipped), read up to the current ends. */
export async function readAllEvents(kafka: Kafka, topics: readonly string[]): Promise<EventEnvelope[]> {
  const admin = kafka.admin();
  await admin.connect();
  const remaining = new Map<string, number>();
  for (const topic of topics) {
    for (const p of await admin.fetchTopicOffsets(topic)) if (Number(p.high) > Number(p.low)) remaining.set(`${topic}:${p.partition}`, Number(p.high));
  }
  await admin.disconnect();
  const events: EventEnvelope[] = [];
  if (remaining.size === 0) return events;
  const consumer = kafka.consumer({ groupId: `oracle-${Math.random().toString(36).slice(2)}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [...topics], fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachMessage: async ({ topic, partition, message }) => {
          const decoded = registry.decode(message.value?.toString('utf8') ?? '');
          if (decoded.ok) events.push(decoded.event);
          const key = `${topic}:${partition}`;
          if (Number(message.offset) + 1 >= (remaining.get(key) ?? 0)) remaining.delete(key);
          if (remaining.size === 0) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return events;
}

/** Figures as JSON with sorted keys, so two answers compare regardless of order. */
export const canonical = (figures: ZoneFigures): string =>
  JSON.stringify(
    Object.keys(figures)
      .sort()
      .map((f) => [f, Object.keys(figures[f]).sort().map((z) => [z, figures[f][z]])]),
  );

/** Polls the service until its figures for the year equal the oracle's (or the deadline passes); returns its last answer. */
export async function settledFigures(url: string, token: string, year: number, zones: readonly string[], expected: ZoneFigures) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const reported = await reportedFigures(url, token, year, zones);
    if (canonical(reported) === canonical(expected) || Date.now() > deadline) return reported;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
