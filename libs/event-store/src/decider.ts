import type { DomainEvent } from '@park-ledger/contracts';

/** Pure business logic of one aggregate: time and ids arrive on the command, never from ambient context. */
export type Decider<State, Command, Event extends DomainEvent> = {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
};

export const fold = <State, Event extends DomainEvent>(
  decider: Pick<Decider<State, never, Event>, 'evolve' | 'initialState'>,
  events: readonly Event[],
): State => events.reduce(decider.evolve, decider.initialState());
