import { AppendBatcher, type AppendRunner } from './append-batcher';

type Item = { readonly streamId: string; readonly idempotency?: { readonly key: string } };

/** A runner whose statements finish when the test says so, recording what each one carried. */
const scriptedRunner = () => {
  const statements: { items: Item[]; finish: (outcome?: boolean[] | Error) => void }[] = [];
  const runner: AppendRunner<Item> = {
    one: (item) =>
      new Promise((resolve, reject) =>
        statements.push({ items: [item], finish: (o) => (o instanceof Error ? reject(o) : resolve(o?.[0] ?? true)) }),
      ),
    many: (items) =>
      new Promise((resolve, reject) =>
        statements.push({ items: [...items], finish: (o) => (o instanceof Error ? reject(o) : resolve(o ?? items.map(() => true))) }),
      ),
    retryAlone: (error) => (error as Error).message === 'unique violation',
  };
  return { runner, statements };
};

const tick = () => new Promise((resolve) => setImmediate(resolve));
const item = (streamId: string, key?: string): Item => ({ streamId, idempotency: key === undefined ? undefined : { key } });

describe('group commit', () => {
  it('sends an append at once when nothing is in flight', async () => {
    const { runner, statements } = scriptedRunner();
    const batcher = new AppendBatcher(runner, { maxInFlight: 1, maxBatch: 10 });
    const appended = batcher.append(item('s-1'));
    expect(statements.map((s) => s.items)).toEqual([[item('s-1')]]);
    statements[0].finish();
    await expect(appended).resolves.toBe(true);
  });

  it('sends what arrived meanwhile in one statement once a slot frees, answering each item its own outcome', async () => {
    const { runner, statements } = scriptedRunner();
    const batcher = new AppendBatcher(runner, { maxInFlight: 1, maxBatch: 10 });
    const first = batcher.append(item('s-0'));
    const waiting = ['s-1', 's-2', 's-3'].map((id) => batcher.append(item(id)));
    expect(statements).toHaveLength(1);

    statements[0].finish();
    await first;
    await tick();
    expect(statements[1].items.map((i) => i.streamId)).toEqual(['s-1', 's-2', 's-3']);
    statements[1].finish([true, false, true]);
    await expect(Promise.all(waiting)).resolves.toEqual([true, false, true]);
  });

  it('keeps two appends to one stream, or under one key, out of the same statement', async () => {
    const { runner, statements } = scriptedRunner();
    const batcher = new AppendBatcher(runner, { maxInFlight: 1, maxBatch: 10 });
    const all = [batcher.append(item('s-0')), batcher.append(item('s-1', 'k')), batcher.append(item('s-1')), batcher.append(item('s-2', 'k')), batcher.append(item('s-3'))];

    statements[0].finish();
    await tick();
    expect(statements[1].items).toEqual([item('s-1', 'k'), item('s-3')]);
    statements[1].finish();
    await tick();
    expect(statements[2].items).toEqual([item('s-1'), item('s-2', 'k')]);
    statements[2].finish();
    await expect(Promise.all(all)).resolves.toEqual([true, true, true, true, true]);
  });

  it('caps a statement at maxBatch items and runs up to maxInFlight statements at once', async () => {
    const { runner, statements } = scriptedRunner();
    const batcher = new AppendBatcher(runner, { maxInFlight: 2, maxBatch: 2 });
    const all = Array.from({ length: 7 }, (_, n) => batcher.append(item(`s-${n}`)));
    expect(statements.map((s) => s.items.length)).toEqual([1, 1]);
    statements[0].finish();
    await tick();
    expect(statements.map((s) => s.items.length)).toEqual([1, 1, 2]);
    statements[1].finish();
    await tick();
    expect(statements.map((s) => s.items.length)).toEqual([1, 1, 2, 2]);
    statements[2].finish();
    await tick();
    statements[3].finish();
    await tick();
    statements[4].finish();
    await expect(Promise.all(all)).resolves.toHaveLength(7);
    expect(statements.map((s) => s.items.length)).toEqual([1, 1, 2, 2, 1]);
  });

  it('sends each item on its own when the statement collided with another transaction', async () => {
    const { runner, statements } = scriptedRunner();
    const batcher = new AppendBatcher(runner, { maxInFlight: 1, maxBatch: 10 });
    const first = batcher.append(item('s-0'));
    const waiting = [batcher.append(item('s-1')), batcher.append(item('s-2'))];
    statements[0].finish();
    await first;
    await tick();
    statements[1].finish(new Error('unique violation'));
    await tick();
    expect(statements.slice(2).map((s) => s.items)).toEqual([[item('s-1')], [item('s-2')]]);
    statements[2].finish([false]);
    statements[3].finish([true]);
    await expect(Promise.all(waiting)).resolves.toEqual([false, true]);
  });

  it('fails every item of a statement that failed otherwise (the database is down), and carries on after', async () => {
    const { runner, statements } = scriptedRunner();
    const batcher = new AppendBatcher(runner, { maxInFlight: 1, maxBatch: 10 });
    const first = batcher.append(item('s-0'));
    const waiting = [batcher.append(item('s-1')), batcher.append(item('s-2'))].map((p) => p.catch((e: Error) => e.message));
    statements[0].finish(new Error('connection refused'));
    await expect(first).rejects.toThrow('connection refused');
    await tick();
    statements[1].finish(new Error('connection refused'));
    await expect(Promise.all(waiting)).resolves.toEqual(['connection refused', 'connection refused']);

    const later = batcher.append(item('s-3'));
    statements[2].finish();
    await expect(later).resolves.toBe(true);
  });
});
