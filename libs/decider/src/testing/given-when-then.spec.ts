import type { DomainEvent } from '@park-ledger/contracts';
import type { Decider } from '../decider';
import { DomainRuleViolation, NotFound } from '../errors';
import { given } from './given-when-then';

type Opened = DomainEvent<'CounterOpened', { limit: number }>;
type Incremented = DomainEvent<'CounterIncremented', { by: number }>;
type CounterEvent = Opened | Incremented;
type Counter = { status: 'None' } | { status: 'Open'; limit: number; total: number };
type CounterCommand = { type: 'Open'; limit: number } | { type: 'Increment'; by: number };

const counter: Decider<Counter, CounterCommand, CounterEvent> = {
  initialState: () => ({ status: 'None' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'CounterOpened':
        return { status: 'Open', limit: event.payload.limit, total: 0 };
      case 'CounterIncremented':
        return state.status === 'Open' ? { ...state, total: state.total + event.payload.by } : state;
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'Open':
        return state.status === 'None' ? [{ type: 'CounterOpened', payload: { limit: command.limit } }] : [];
      case 'Increment':
        if (state.status !== 'Open') throw new NotFound('no counter');
        if (state.total + command.by > state.limit) throw new DomainRuleViolation('over-limit', 'limit reached');
        return [{ type: 'CounterIncremented', payload: { by: command.by } }];
    }
  },
};

const opened: Opened = { type: 'CounterOpened', payload: { limit: 3 } };

describe('a counter with no history', () => {
  it('opens', () => given(counter).when({ type: 'Open', limit: 3 }).then([opened]));
  it('refuses increments as not found', () => given(counter, []).when({ type: 'Increment', by: 1 }).thenThrows(NotFound));
});

describe('an open counter with 2 of 3 used', () => {
  const history: CounterEvent[] = [opened, { type: 'CounterIncremented', payload: { by: 2 } }];

  it('accepts one more', () =>
    given(counter, history).when({ type: 'Increment', by: 1 }).then([{ type: 'CounterIncremented', payload: { by: 1 } }]));
  it('rejects going over the limit, by class or by code', () => {
    given(counter, history).when({ type: 'Increment', by: 2 }).thenThrows(DomainRuleViolation);
    given(counter, history).when({ type: 'Increment', by: 2 }).thenThrows('over-limit');
  });
  it('ignores a second open', () => given(counter, history).when({ type: 'Open', limit: 9 }).then([]));
});

describe('the helper itself, given a wrong expectation', () => {
  it('fails when the events differ', () => {
    expect(() => given(counter).when({ type: 'Open', limit: 3 }).then([])).toThrow();
  });
  it('fails when nothing is thrown, or something else is', () => {
    expect(() => given(counter).when({ type: 'Open', limit: 3 }).thenThrows(NotFound)).toThrow(
      'Expected NotFound, but decide returned [{"type":"CounterOpened","payload":{"limit":3}}]',
    );
    expect(() => given(counter).when({ type: 'Increment', by: 1 }).thenThrows('over-limit')).toThrow(
      'Expected an error with code over-limit, but decide threw NotFound(not-found): no counter',
    );
  });
});
