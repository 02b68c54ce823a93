/** Why a render was not started: every slot busy and the queue full, or the wait too long. */
export class NoRenderSlot extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoRenderSlot';
  }
}

export interface SlotLimits {
  /** renders at once */
  readonly concurrent: number;
  /** callers waiting for a slot; one more is refused at once */
  readonly queued: number;
  /** longest wait for a slot */
  readonly waitMs: number;
}

/** At most `concurrent` renders at a time, a short queue behind them in arrival order, and nobody waits forever. */
export class RenderSlots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limits: SlotLimits) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.limits.concurrent) {
      this.active += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queued) {
      return Promise.reject(new NoRenderSlot(`${this.active} renders running and ${this.waiting.length} waiting`));
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        reject(new NoRenderSlot(`no render slot came free within ${this.limits.waitMs} ms`));
      }, this.limits.waitMs);
      this.waiting.push(grant);
    });
  }

  /** The slot passes straight to the next caller waiting, if any. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}
