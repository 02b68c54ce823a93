/**
 * A wake-up signal for a polling loop: `wait(ms)` ends on the next `notify()` or after ms.
 * A notify that arrives while nobody waits is remembered, so a NOTIFY sent during a batch
 * is not lost until the next poll.
 */
export class Wakeup {
  private pending = false;
  private wake?: () => void;

  notify(): void {
    this.pending = true;
    this.wake?.();
  }

  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
