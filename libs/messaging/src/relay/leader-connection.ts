import { Client, type Pool } from 'pg';
import { errorMessage, type MessagingLogger } from '../logger';
import { waitForFormerBatches } from './publish-fence';

const LOCK_NAME = 'event_store.outbox relay';
export const OUTBOX_CHANNEL = 'event_store_outbox';

/**
 * One dedicated session per relay instance: it LISTENs for outbox notifications and holds the
 * session-level advisory lock that makes this instance the only publisher for the database.
 * Postgres drops the lock with the session, so a crashed leader hands over by itself.
 */
export class LeaderConnection {
  private client?: Client;
  private leader = false;

  constructor(
    private readonly pool: Pool,
    private readonly onNotify: () => void,
    private readonly logger: MessagingLogger,
  ) {}

  get isLeader(): boolean {
    return this.leader && this.client !== undefined;
  }

  async tryLead(): Promise<boolean> {
    if (this.isLeader) return true;
    const client = await this.connect();
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock(hashtext($1)) as locked', [
      LOCK_NAME,
    ]);
    if (rows[0].locked) {
      try {
        // A former leader may still be sending a batch it read before it lost the lock: let it mark it.
        await waitForFormerBatches(client);
      } catch (e) {
        this.drop(client);
        await client.end().catch(() => undefined);
        throw e;
      }
    }
    this.leader = rows[0].locked;
    return this.leader;
  }

  /**
   * A round trip on the lock session: true only if it still holds the publisher lock (the lock is
   * the session's, so a session that answers still holds it; a cut session fails the query).
   */
  async stillLeading(): Promise<boolean> {
    const client = this.client;
    if (!this.leader || !client) return false;
    try {
      await client.query('select 1');
      return this.client === client && this.leader;
    } catch {
      this.drop(client);
      return false;
    }
  }

  /** Ends the session, which releases the lock. */
  async close(): Promise<void> {
    const client = this.client;
    this.drop(client);
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({ ...this.pool.options, keepAlive: true });
    client.on('error', (e) => {
      this.logger.warn(`outbox relay lost its leader connection: ${errorMessage(e)}`);
      this.drop(client);
    });
    client.on('end', () => this.drop(client));
    client.on('notification', () => this.onNotify());
    try {
      await client.connect();
      await client.query(`listen ${OUTBOX_CHANNEL}`);
    } catch (e) {
      await client.end().catch(() => undefined);
      throw e;
    }
    this.client = client;
    return client;
  }

  private drop(client: Client | undefined): void {
    if (client && this.client === client) {
      this.client = undefined;
      this.leader = false;
    }
  }
}
