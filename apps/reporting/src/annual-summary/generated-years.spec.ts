import { eventsOf, recordingShape, yearShape } from '@park-ledger/figures/testing';
import fc from 'fast-check';
import { decidedYear } from '../testing/decided-year';
import { problemsOf, summaryAsOfProblems } from '../testing/generated-summary';
import { asOfProblems } from '../testing/recorded-checks';

// The annual summary checked by invariants over generated years, not by examples: the events of a random but
// plausible year, recorded late as clerks do (some in the January or February after the year), are decided by the
// department deciders (a year they refuse fails), folded by the product's projections into an in-memory source of
// sums and rows (what the read model would hold), the real facts reader and writer produce the summary in zh and
// en, and every summary must hold the invariants (see ../testing/generated-summary.ts and
// ../testing/recorded-checks.ts): drill-downs against a plain per-event recomputation, as-of at random record times
// against a plain fold of only the events recorded by then. SUMMARY_PROPERTY_RUNS (default 200) raises the count;
// SUMMARY_PROPERTY_SEED replays a run (the seed is printed); SUMMARY_PROPERTY_NO_SHRINK=1 skips shrinking.

const RUNS = Number(process.env['SUMMARY_PROPERTY_RUNS'] ?? 200);
const SEED = process.env['SUMMARY_PROPERTY_SEED'] === undefined ? Date.now() % 2 ** 31 : Number(process.env['SUMMARY_PROPERTY_SEED']);

/** Record times to read as of: picked among the year's own record times, at and just before them. */
const cutsShape = fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 2, maxLength: 5 });

describe('the annual summary of generated years', () => {
  it(`holds the invariants over ${RUNS} generated years (seed ${SEED})`, async () => {
    // printed so a failure replays: SUMMARY_PROPERTY_SEED=<seed> npx jest -c jest.config.js <this file>
    process.stdout.write(`generated-years: ${RUNS} runs, seed ${SEED}\n`);
    // the property is over the year's shape, so a counterexample prints as the few choices that make it, not its events
    await fc.assert(
      fc.asyncProperty(yearShape, recordingShape, cutsShape, async (shape, recording, cutPicks) => {
        const generated = eventsOf(shape, 'g', recording);
        const decided = decidedYear(generated.events);
        const times = [...new Set(decided.events.map((e) => Date.parse(e.recordedAt)))].sort((a, b) => a - b);
        const cuts = cutPicks.map(([i, before]) => times[i % times.length] - (before ? 1 : 0));
        const problems = [
          ...decided.problems,
          ...(await problemsOf({ year: shape.year, events: decided.events }, { drillDown: true })),
          ...asOfProblems(decided.events, cuts),
          ...(await summaryAsOfProblems(decided.events, shape.year, cuts)),
        ];
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: process.env['SUMMARY_PROPERTY_NO_SHRINK'] === '1' },
    );
  }, 600_000);
});
