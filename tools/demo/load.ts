// Loads the demo year through the front door: every record is sent to its department's HTTP API
// with deterministic Idempotency-Keys, so a second run records nothing twice.
//
//   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/demo/load.ts
//
// (services on PROJECTS_PORT/LAND_PORT/SAFETY_PORT, default 3101-3103, tokens from the local stack)
import path from 'node:path';
import type { Department, DemoRecord, DemoStep } from './demo-record';
import { demoWaves } from './year-2014';

type Departments<T> = Readonly<Record<Exclude<Department, 'office'>, T>> & { readonly office?: T };

export interface DemoTargets {
  /** The office's URL is optional: without it, the committee office's records (its 2014 calendar) are left out. */
  readonly urls: Departments<string>;
  /** A submitter's bearer token per department; keys are scoped to its subject, so keep it stable. */
  readonly tokens: Departments<string>;
  readonly concurrency?: number;
}

export interface DemoLoadResult {
  readonly records: number;
  readonly requests: number;
  /** Events the services answered with (a repeated request answers with its first result). */
  readonly events: number;
  readonly seconds: number;
  /** Record time just before the last wave (the corrections): `asOf` it shows the figures as first entered. */
  readonly correctionsFrom: string;
}

export class DemoLoadError extends Error {}

const KEY_PREFIX = 'demo-2014';
const NETWORK_ATTEMPTS = 3;

export const idempotencyKey = (record: DemoRecord, index: number, { path: stepPath }: DemoStep) =>
  `${KEY_PREFIX}:${record.key}:${index + 1}-${stepPath.split('/').pop()}`;

interface Answer {
  readonly events?: readonly unknown[];
  readonly accepted?: number;
  readonly rejected?: number;
  readonly results?: readonly { readonly status: number; readonly message?: unknown }[];
}

async function post(targets: DemoTargets, record: DemoRecord, index: number): Promise<number> {
  const demoStep = record.steps[index];
  const key = idempotencyKey(record, index, demoStep);
  const url = `${targets.urls[record.department]}${demoStep.path}`;
  const what = `POST ${record.department} ${demoStep.path} (Idempotency-Key ${key})`;
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${targets.tokens[record.department]}`,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: JSON.stringify(demoStep.body),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      // safe to repeat: the key makes the service answer a repeat with its first result
      if (attempt < NETWORK_ATTEMPTS) continue;
      throw new DemoLoadError(`demo: ${what} failed: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (response.status !== 200) throw new DemoLoadError(`demo: ${what} answered ${response.status}: ${text.slice(0, 2000)}`);
    const answer = JSON.parse(text) as Answer;
    if (answer.rejected) {
      const refused = answer.results?.filter((result) => result.status !== 200).slice(0, 3);
      throw new DemoLoadError(`demo: ${what} refused ${answer.rejected} item(s), e.g. ${JSON.stringify(refused)}`);
    }
    return answer.events?.length ?? answer.accepted ?? 0;
  }
}

/** Records run side by side; the steps of one record (one stream) run in order. */
async function loadWave(targets: DemoTargets, records: readonly DemoRecord[], totals: { requests: number; events: number }) {
  const queue = records.filter((record) => targets.urls[record.department] !== undefined);
  const worker = async () => {
    for (let record = queue.shift(); record; record = queue.shift()) {
      for (let index = 0; index < record.steps.length; index++) {
        const events = await post(targets, record, index);
        totals.events += events;
        totals.requests += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(targets.concurrency ?? 8, queue.length) }, worker));
}

/**
 * Land and safety learn the park's zones from the projects service's events: before their records
 * name a zone, wait until both list every zone the registry wave registered.
 */
async function zonesKnown(targets: DemoTargets, zoneIds: readonly string[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const department of ['land', 'safety'] as const) {
    for (;;) {
      const missing = await fetch(`${targets.urls[department]}/park-zones`, {
        headers: { authorization: `Bearer ${targets.tokens[department]}` },
        signal: AbortSignal.timeout(10_000),
      })
        .then((r) => (r.ok ? (r.json() as Promise<{ zoneId: string; registered: boolean }[]>) : []))
        .then((known) => zoneIds.filter((id) => !known.some((zone) => zone.zoneId === id && zone.registered)))
        .catch(() => zoneIds);
      if (missing.length === 0) break;
      if (Date.now() > deadline) {
        throw new DemoLoadError(`demo: ${department} has not learned zone(s) ${missing.join(', ')} from the projects service's events`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export async function loadDemo(targets: DemoTargets): Promise<DemoLoadResult> {
  const started = Date.now();
  const totals = { requests: 0, events: 0 };
  const waves = demoWaves();
  const [registry] = waves;
  for (const wave of waves.slice(0, -1)) {
    await loadWave(targets, wave, totals);
    if (wave === registry) await zonesKnown(targets, zonesRegisteredBy(registry));
  }
  const correctionsFrom = new Date().toISOString();
  await loadWave(targets, waves[waves.length - 1], totals);
  const records = waves.reduce((n, wave) => n + wave.filter((record) => targets.urls[record.department] !== undefined).length, 0);
  return { records, ...totals, seconds: (Date.now() - started) / 1000, correctionsFrom };
}

const zonesRegisteredBy = (records: readonly DemoRecord[]) =>
  records.flatMap((record) => record.steps.filter((s) => s.path === '/zones').map((s) => (s.body as { zoneId: string }).zoneId));

export const summaryLine = ({ records, requests, events, seconds, correctionsFrom }: DemoLoadResult) =>
  `demo 2014: ${records} records, ${requests} requests, ${events} events, ${seconds.toFixed(1)} s ` +
  `(as known before the January 2015 corrections: asOf=${correctionsFrom})`;

function localTargets(): DemoTargets {
  const stack = require(path.join(__dirname, '..', 'stack.js')) as {
    token(claims: { roles: string[]; department: string; sub: string }): string;
  };
  const url = (port: string | undefined, fallback: number) => `http://127.0.0.1:${port ?? fallback}`;
  const token = (department: Department) => stack.token({ roles: ['submitter'], department, sub: `demo-clerk-${department}` });
  return {
    urls: {
      projects: url(process.env.PROJECTS_PORT, 3101),
      land: url(process.env.LAND_PORT, 3102),
      safety: url(process.env.SAFETY_PORT, 3103),
      office: url(process.env.OFFICE_PORT, 3105),
    },
    tokens: { projects: token('projects'), land: token('land'), safety: token('safety'), office: token('office') },
  };
}

if (require.main === module) {
  loadDemo(localTargets()).then(
    (result) => console.log(summaryLine(result)),
    (error: Error) => {
      console.error(error instanceof DemoLoadError ? error.message : error);
      process.exit(1);
    },
  );
}
