import { openLoop, type OpenLoopSpec } from './processes';

export const P99_BUDGET_MS = 50;

export interface Step {
  readonly offered: number;
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  /** requests that got no answer (refused, reset, timed out): the step did not hold, the benchmark goes on */
  readonly errors?: number;
}

/** The step held: no request unanswered, p99 within budget and at least 95% of the offered rate answered. */
export const holds = (step: Step) => (step.errors ?? 0) === 0 && step.p99 <= P99_BUDGET_MS && step.rate >= 0.95 * step.offered;

/** One open-loop step over HTTP: `offered` requests a second for `seconds` (after a second of warm-up). */
export const loadAt = async (spec: Omit<OpenLoopSpec, 'duration' | 'connections' | 'rate'>, offered: number, seconds = 5): Promise<Step> => {
  const result = await openLoop({ ...spec, connections: 100, rate: offered, duration: seconds });
  // an error answer is a real failure; a request left unanswered under load is a step that did not hold
  if (result.non2xx > 0) throw new Error(`${spec.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { offered, rate: result.rate, p50: result.p50, p99: result.p99, errors: result.errors };
};

/**
 * Offered rates up by half from `from` until a step fails (a failing step measured twice: on a shared
 * machine one stall decides a 5-second step's p99), then three bisections between the last that held and it.
 */
export const sweep = async (name: string, from: number, measure: (offered: number) => Promise<Step>) => {
  const steps: Step[] = [];
  const step = async (offered: number) => {
    for (let attempt = 1; attempt <= 2; attempt++) {
      const result = await measure(offered);
      steps.push(result);
      console.error(`${name}: offered ${offered}/s, answered ${Math.round(result.rate)}/s, p99 ${result.p99} ms${result.errors ? `, ${result.errors} unanswered` : ''}`);
      if (holds(result)) return true;
    }
    return false;
  };
  let lo = 0;
  let hi = from;
  while (await step(hi)) [lo, hi] = [hi, Math.round(hi * 1.5)];
  for (let i = 0; i < 3; i++) {
    const mid = Math.round((lo + hi) / 2);
    if (await step(mid)) lo = mid;
    else hi = mid;
  }
  return { steps, best: steps.filter(holds).sort((a, b) => b.rate - a.rate)[0] };
};
