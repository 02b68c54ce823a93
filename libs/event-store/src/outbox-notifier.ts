/**
 * Wakes outbox relays (LISTEN event_store_outbox) after appends commit.
 *
 * Sent after the append, not inside it: NOTIFY takes a database-wide lock at commit and keeps it
 * through the WAL flush, which would serialise every concurrent append. Coalesced: at most one
 * notification is in flight per process, and another always follows the latest commit, so a relay
 * never misses a wake-up for a committed event (a crash in between is covered by the relay's polling).
 */
export class OutboxNotifier {
  private inFlight: Promise<void> | undefined;
  private pending = false;

  constructor(private readonly send: () => Promise<unknown>) {}

  /** Call after a commit; never waits and never throws. */
  poke(): void {
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
