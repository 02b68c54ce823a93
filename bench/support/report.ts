// What every benchmark shares: its size from the environment (BENCH_SIZE, e.g. 5,000 in CI), statistics
// that do not spread arrays growing with the run (Math.max(...a) overflows the stack near 100,000
// values), and measurements that fail alone: a failed one becomes its row's text, the table is still
// printed, and the process exits non-zero only when something failed (a missed target is not a failure).

/** The benchmark's size: its own variable, else BENCH_SIZE, else its default. */
export const sizeFrom = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? process.env['BENCH_SIZE'] ?? fallback);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name}/BENCH_SIZE must be a positive whole number`);
  return value;
};

/** Set when BENCH_SIZE is: the CI run, small and short, to show every benchmark still runs. */
export const small = process.env['BENCH_SIZE'] !== undefined;

export const maxOf = (values: readonly number[]): number => {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
};

export const quantile = (values: readonly number[], q: number): number => {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

const failures: string[] = [];

/** Runs one measurement; on failure notes it (the run will exit 1) and answers undefined. */
export async function attempt<T>(what: string, measure: () => Promise<T>): Promise<T | undefined> {
  try {
    return await measure();
  } catch (e) {
    failures.push(`${what}: ${(e as Error).message}`);
    console.error(`FAILED ${what}:`, e);
    return undefined;
  }
}

/** The end of a benchmark: failures listed after its table, exit 1 if there were any. */
export function finish(main: () => Promise<void>): void {
  main().then(
    () => {
      if (failures.length > 0) console.log(`\nfailed measurements (the table above lacks them):\n${failures.map((f) => `- ${f}`).join('\n')}`);
      process.exit(failures.length > 0 ? 1 : 0);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
