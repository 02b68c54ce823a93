import { randomBytes } from 'node:crypto';
import { defineEvent, EventRegistry, int, object, str, type DomainEventOf } from '@park-ledger/contracts';
import { DataSource } from 'typeorm';
import type { Decider } from '@park-ledger/decider';
import { DomainRuleViolation } from '@park-ledger/decider';
import { EventStore } from './event-store';
import { eventStoreMigrations } from './migrations/1732690000000-create-event-store';
import { stack } from '@park-ledger/test-support';


/** A fresh, migrated database on the shared stack, so runs by others never collide. */
export const freshEventStoreDatabase = async (prefix: string, poolSize = 10): Promise<DataSource> => {
  const url = await stack.createDatabase(`${prefix}_${randomBytes(4).toString('hex')}`);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: eventStoreMigrations,
    migrationsRun: true,
    synchronize: false,
    extra: { max: poolSize },
  });
  return dataSource.initialize();
};

export const TallyOpened = defineEvent('TallyOpened', 'projects', {
  schemaVersion: 1,
  payload: object({ name: str({ min: 1, max: 50 }) }),
});
// v1 stored the amount as `n`.
export const TallyCounted = defineEvent('TallyCounted', 'projects', {
  schemaVersion: 2,
  payload: object({ amount: int({ min: 1 }) }),
  upcasters: { 1: (v1: { n: number }) => ({ amount: v1.n }) },
});
export type TallyEvent = DomainEventOf<typeof TallyOpened> | DomainEventOf<typeof TallyCounted>;
export type Tally = { status: 'None' } | { status: 'Open'; total: number };
export type TallyCommand = { type: 'Open'; name: string } | { type: 'Count'; amounts: number[] };

export const tallyRegistry = new EventRegistry([TallyOpened, TallyCounted]);

export const tally: Decider<Tally, TallyCommand, TallyEvent> = {
  initialState: () => ({ status: 'None' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'TallyOpened':
        return { status: 'Open', total: 0 };
      case 'TallyCounted':
        return state.status === 'Open' ? { ...state, total: state.total + event.payload.amount } : state;
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'Open':
        return state.status === 'None' ? [{ type: 'TallyOpened', payload: { name: command.name } }] : [];
      case 'Count':
        if (state.status !== 'Open') throw new DomainRuleViolation('tally-not-open', 'open the tally first');
        return command.amounts.map((amount) => ({ type: 'TallyCounted', payload: { amount } }));
    }
  },
};

export const tallyStore = (dataSource: DataSource) => new EventStore(dataSource, 'projects', tallyRegistry);

export const metadata = { actor: 'clerk-7', correlationId: 'corr-1', occurredAt: '2014-05-01T09:30:00+08:00' };

export const countRows = async (dataSource: DataSource) => {
  const [counts] = await dataSource.query(`select
    (select count(*) from event_store.events)::int as events,
    (select count(*) from event_store.outbox)::int as outbox,
    (select count(*) from event_store.idempotency_keys)::int as keys`);
  return counts as { events: number; outbox: number; keys: number };
};

export const settle = <T>(promises: Promise<T>[]) =>
  Promise.allSettled(promises).then((results) => ({
    fulfilled: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
    rejected: results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : [])),
  }));
