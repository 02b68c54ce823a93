import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { EventStore } from './event-store';
import { countRows, freshEventStoreDatabase, metadata, tally, tallyStore } from './int-test-support';

let dataSource: DataSource;
let store: EventStore;

beforeAll(async () => {
  dataSource = await freshEventStoreDatabase('es_atomicity');
  store = tallyStore(dataSource);
});
afterAll(async () => {
  await store?.flushNotifications();
  await dataSource?.destroy();
});

const waitFor = async (condition: () => boolean, what: string, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('an outbox that fails every insert, after the events are written', () => {
  beforeAll(() =>
    dataSource.query(`
      create function event_store.refuse_outbox() returns trigger language plpgsql as
        $$ begin raise exception 'outbox refused for the test'; end $$;
      create trigger refuse_outbox before insert on event_store.outbox
        for each row execute function event_store.refuse_outbox();`),
  );

  it('leaves no event, outbox row or idempotency key behind', async () => {
    await expect(
      store.handle(tally, 'tally-atomic', { type: 'Open', name: 'a' }, { idempotencyKey: 'key-atomic', metadata }),
    ).rejects.toThrow('outbox refused for the test');
    expect(await countRows(dataSource)).toEqual({ events: 0, outbox: 0, keys: 0 });
  });

  it('lets the same command and key succeed from version 0 once the outbox works again', async () => {
    await dataSource.query(`drop trigger refuse_outbox on event_store.outbox`);
    const result = await store.handle(
      tally,
      'tally-atomic',
      { type: 'Open', name: 'a' },
      { idempotencyKey: 'key-atomic', metadata },
    );
    expect(result.events.map((e) => e.streamVersion)).toEqual([1]);
    expect(await countRows(dataSource)).toEqual({ events: 1, outbox: 1, keys: 1 });
  });
});

describe('a relay listening on event_store_outbox', () => {
  let listener: Client;
  const notifications: string[] = [];

  beforeAll(async () => {
    listener = new Client({ connectionString: (dataSource.options as { url: string }).url });
    await listener.connect();
    listener.on('notification', (message) => notifications.push(message.channel));
    await listener.query('listen event_store_outbox');
  });
  afterAll(() => listener?.end());

  it('is woken by a committed append', async () => {
    await store.handle(tally, 'tally-notify', { type: 'Open', name: 'n' }, { metadata });
    await waitFor(() => notifications.length > 0, 'an outbox notification');
    expect(notifications[0]).toBe('event_store_outbox');
  });
});
