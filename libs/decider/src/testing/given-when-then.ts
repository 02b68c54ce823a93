import type { DomainEvent } from '@park-ledger/contracts';
import { fold, type Decider } from '../decider';

type ErrorClass = abstract new (...args: never[]) => Error;

export interface Then<Event> {
  /** Asserts the decided events, in order. `then([])` asserts that nothing happens. */
  then(expected: readonly Event[]): void;
  /** Asserts that deciding throws: an instance of the class, or an error whose `code` is the string. */
  thenThrows(expected: ErrorClass | string): void;
}

const describeError = (error: unknown) =>
  error instanceof Error ? `${error.name}(${(error as { code?: string }).code ?? ''}): ${error.message}` : String(error);

/**
 * given(decider, history).when(command).then(events): runs `decide` on the state folded from
 * `history` and compares the outcome with jest's `expect`.
 */
export const given = <State, Command, Event extends DomainEvent>(
  decider: Decider<State, Command, Event>,
  history: readonly Event[] = [],
) => ({
  when: (command: Command): Then<Event> => {
    const decide = () => decider.decide(command, fold(decider, history));
    return {
      then: (expected) => {
        expect(decide()).toEqual(expected);
      },
      thenThrows: (expected) => {
        const wanted = typeof expected === 'string' ? `an error with code ${expected}` : expected.name;
        let outcome: { threw: false; events: Event[] } | { threw: true; error: unknown };
        try {
          outcome = { threw: false, events: decide() };
        } catch (error) {
          outcome = { threw: true, error };
        }
        if (!outcome.threw) {
          throw new Error(`Expected ${wanted}, but decide returned ${JSON.stringify(outcome.events)}`);
        }
        const matches =
          typeof expected === 'string'
            ? (outcome.error as { code?: unknown } | null)?.code === expected
            : outcome.error instanceof expected;
        if (!matches) throw new Error(`Expected ${wanted}, but decide threw ${describeError(outcome.error)}`);
      },
    };
  },
});
