/** What the batcher needs of an append: the stream it writes and the idempotency key it claims. */
export interface BatchableAppend {
  readonly streamId: string;
  readonly idempotency?: { readonly key: string };
}

export interface AppendRunner<Item extends BatchableAppend> {
  /** One append on its own: true when written, false when refused (stream moved, guard failed, key or version taken). */
  one(item: Item): Promise<boolean>;
  /** Several in one statement: an answer per item, in order; throws when the statement as a whole fails. */
  many(items: readonly Item[]): Promise<boolean[]>;
  /** Whether a failure of `many` may be settled by sending each item on its own (a unique violation). */
  retryAlone(error: unknown): boolean;
}

export interface BatchLimits {
  /** Statements in flight at once; further appends wait and go out together in the next one. */
  readonly maxInFlight: number;
  readonly maxBatch: number;
}

interface Waiting<Item> {
  readonly item: Item;
  readonly resolve: (appended: boolean) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit. An append is sent at once while fewer than `maxInFlight` statements are out; under
 * load, the appends that arrive meanwhile wait for one to come back and then go out in one
 * statement, so a batch grows with the load and costs nothing when there is none. Appends to the
 * same stream, or under the same idempotency key, never share a batch: they would collide with
 * each other, so the later one waits for the next.
 */
export class AppendBatcher<Item extends BatchableAppend> {
  private waiting: Waiting<Item>[] = [];
  private inFlight = 0;

  constructor(
    private readonly runner: AppendRunner<Item>,
    private readonly limits: BatchLimits,
  ) {}

  append(item: Item): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.inFlight < this.limits.maxInFlight && this.waiting.length > 0) {
      const batch = this.takeBatch();
      this.inFlight++;
      void this.send(batch).finally(() => {
        this.inFlight--;
        this.dispatch();
      });
    }
  }

  private takeBatch(): Waiting<Item>[] {
    const batch: Waiting<Item>[] = [];
    const later: Waiting<Item>[] = [];
    const streams = new Set<string>();
    const keys = new Set<string>();
    for (const waiting of this.waiting) {
      const { streamId, idempotency } = waiting.item;
      if (batch.length >= this.limits.maxBatch || streams.has(streamId) || (idempotency && keys.has(idempotency.key))) {
        later.push(waiting);
        continue;
      }
      streams.add(streamId);
      if (idempotency) keys.add(idempotency.key);
      batch.push(waiting);
    }
    this.waiting = later;
    return batch;
  }

  private async send(batch: readonly Waiting<Item>[]): Promise<void> {
    if (batch.length === 1) return this.sendAlone(batch[0]);
    try {
      const appended = await this.runner.many(batch.map(({ item }) => item));
      batch.forEach(({ resolve }, i) => resolve(appended[i]));
    } catch (error) {
      if (!this.runner.retryAlone(error)) {
        for (const { reject } of batch) reject(error);
        return;
      }
      await Promise.all(batch.map((waiting) => this.sendAlone(waiting)));
    }
  }

  private async sendAlone({ item, resolve, reject }: Waiting<Item>): Promise<void> {
    try {
      resolve(await this.runner.one(item));
    } catch (error) {
      reject(error);
    }
  }
}
