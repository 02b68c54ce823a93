/**
 * Wakes outbox relays (LISTEN event_store_outbox) after appends commit.
 *
 * Sent after the append, not inside it: NOTIFY takes a database-wide lock at commit and keeps it
 * through the WAL flush, which would serialise every concurrent append. Coalesced: at most one
 * notification is in flight per process, and another always follows the latest commit, so a relay
 * never misses a wake-up for a committed event (a crash in between is covered by the relay's polling).
 *
 * When the publishing relay runs in this very process, it is woken directly and no NOTIFY is sent:
 * the other instances' relays are followers, which only wait for the lock, not for events.
 */
export class OutboxNotifier {
  private inFlight: Promise<void> | undefined;
  private pending = false;
  private wakeLocalRelay: () => boolean = () => false;

  constructor(private readonly send: () => Promise<unknown>) {}

  /** `wake` wakes the relay of this process and answers true when that relay is the publishing one. */
  wakeLocally(wake: () => boolean): void {
    this.wakeLocalRelay = wake;
  }

  /** Call after a commit; never waits and never throws. */
  poke(): void {
    if (this.wakeLocalRelay()) return;
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    this.inFlight = this.drain();
  }

  /** Resolves once every poke so far has been followed by a notification attempt. */
  async idle(): Promise<void> {
    await this.inFlight;
  }

  private async drain(): Promise<void> {
    do {
      this.pending = false;
      try {
        await this.send();
      } catch {
        // Best effort: relays also poll, and the events are already committed.
      }
    } while (this.pending);
    this.inFlight = undefined;
  }
}
