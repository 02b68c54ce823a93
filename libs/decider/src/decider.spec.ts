import type { DomainEvent } from '@park-ledger/contracts';
import { decideBy } from './decider';

type Opened = DomainEvent<'Opened', { by: string }>;
type Command = { type: 'Open'; by: string } | { type: 'Close' };

describe('a decideBy table', () => {
  const decide = decideBy<Command, { open: boolean }, Opened>({
    Open: ({ by }) => [{ type: 'Opened', payload: { by } } as Opened],
    Close: () => [],
  });

  it('runs the function of the command’s type', () => {
    expect(decide({ type: 'Open', by: 'clerk' }, { open: false })).toEqual([{ type: 'Opened', payload: { by: 'clerk' } }]);
    expect(decide({ type: 'Close' }, { open: true })).toEqual([]);
  });

  it('refuses a command type it has no function for (a body that escaped the types)', () => {
    expect(() => decide({ type: 'Reopen' } as unknown as Command, { open: true })).toThrow('Unknown command "Reopen"');
  });
});
