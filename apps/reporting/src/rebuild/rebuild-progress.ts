/** A partition's offsets when the rebuild started: it is done with the partition once it has read up to `high`. */
export interface PartitionTarget {
  readonly topic: string;
  readonly partition: number;
  readonly low: number;
  readonly high: number;
}

export interface Progress {
  readonly applied: number;
  readonly total: number;
  readonly percent: number;
  readonly eventsPerSecond: number | null;
  readonly etaSeconds: number | null;
  readonly caughtUp: boolean;
}

export const partitionKey = (topic: string, partition: number) => `${topic}:${partition}`;

/**
 * Progress of a rebuild: messages read (committed offsets) of those on the topics when it started,
 * the rate since this driver took it (`appliedBefore`: what was read when it did) and the time left
 * at that rate.
 */
export function progressOf(
  targets: readonly PartitionTarget[],
  committed: ReadonlyMap<string, number>,
  elapsedMs: number,
  appliedBefore = 0,
): Progress {
  let applied = 0;
  let total = 0;
  for (const { topic, partition, low, high } of targets) {
    const offset = committed.get(partitionKey(topic, partition)) ?? -1;
    applied += Math.min(high, Math.max(low, offset)) - low;
    total += high - low;
  }
  const rate = elapsedMs > 0 ? (Math.max(0, applied - appliedBefore) * 1000) / elapsedMs : 0;
  return {
    applied,
    total,
    percent: total === 0 ? 100 : Math.floor((applied / total) * 1000) / 10,
    eventsPerSecond: rate > 0 ? Math.round(rate) : null,
    etaSeconds: applied >= total ? 0 : rate > 0 ? Math.ceil((total - applied) / rate) : null,
    caughtUp: applied >= total,
  };
}
