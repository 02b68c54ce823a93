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

type Typed = { readonly type: string };

/** One pure function per command type; the compiler refuses a map that misses one. */
export type CommandHandlers<Command extends Typed, State, Event> = {
  readonly [Type in Command['type']]: (command: Extract<Command, { readonly type: Type }>, state: State) => Event[];
};

/** `decide` as a table from command type to its function, instead of a switch repeated per aggregate. */
export const decideBy =
  <Command extends Typed, State, Event>(handlers: CommandHandlers<Command, State, Event>) =>
  (command: Command, state: State): Event[] => {
    const handler = (handlers as unknown as Record<string, ((c: Command, s: State) => Event[]) | undefined>)[command.type];
    if (!handler) throw new Error(`Unknown command ${JSON.stringify(command.type)}`);
    return handler(command, state);
  };
