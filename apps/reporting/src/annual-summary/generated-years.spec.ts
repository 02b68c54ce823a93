import { eventsOf, yearShape } from '@park-ledger/figures/testing';
import fc from 'fast-check';
import { problemsOf } from '../testing/generated-summary';

// The annual summary checked by invariants over generated years, not by examples: the events of a random but
// plausible year are folded by the product's projections into an in-memory source of sums and rows (what the read
// model would hold), the real facts reader and writer produce the summary in zh and en, and every summary must
// hold the invariants (see ../testing/generated-summary.ts). SUMMARY_PROPERTY_RUNS (default 200) raises
// the count; SUMMARY_PROPERTY_SEED replays a run (the seed is printed); SUMMARY_PROPERTY_NO_SHRINK=1 skips shrinking.

const RUNS = Number(process.env['SUMMARY_PROPERTY_RUNS'] ?? 200);
const SEED = process.env['SUMMARY_PROPERTY_SEED'] === undefined ? Date.now() % 2 ** 31 : Number(process.env['SUMMARY_PROPERTY_SEED']);

describe('the annual summary of generated years', () => {
  it(`holds the invariants over ${RUNS} generated years (seed ${SEED})`, async () => {
    // printed so a failure replays: SUMMARY_PROPERTY_SEED=<seed> npx jest -c jest.config.js <this file>
    process.stdout.write(`generated-years: ${RUNS} runs, seed ${SEED}\n`);
    // the property is over the year's shape, so a counterexample prints as the few choices that make it, not its events
    await fc.assert(fc.asyncProperty(yearShape, async (shape) => expect(await problemsOf(eventsOf(shape))).toEqual([])), { numRuns: RUNS, seed: SEED, endOnFailure: process.env['SUMMARY_PROPERTY_NO_SHRINK'] === '1' });
  }, 600_000);
});
