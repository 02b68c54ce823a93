import { Snapshots, type Folder } from './snapshots';

type Count = { n: number };
const counter: Folder<Count> = { initialState: () => ({ n: 0 }), evolve: (state) => ({ n: state.n + 1 }) };
const otherFolder: Folder<Count> = { initialState: () => ({ n: -1 }), evolve: (state) => state };

describe('snapshots of recently used streams', () => {
  it('guesses the initial state at version 0 for a stream it has not seen', () => {
    expect(new Snapshots(10).guess(counter, 's-1')).toEqual({ state: { n: 0 }, version: 0 });
  });

  it('answers what it was told, only to the decider it was folded by', () => {
    const snapshots = new Snapshots(10);
    snapshots.remember(counter, 's-1', { state: { n: 3 }, version: 3 });
    expect(snapshots.guess(counter, 's-1')).toEqual({ state: { n: 3 }, version: 3 });
    expect(snapshots.guess(otherFolder, 's-1')).toEqual({ state: { n: -1 }, version: 0 });
  });

  it('keeps the newer of two sightings, whichever arrives last', () => {
    const snapshots = new Snapshots(10);
    snapshots.remember(counter, 's-1', { state: { n: 5 }, version: 5 });
    snapshots.remember(counter, 's-1', { state: { n: 4 }, version: 4 });
    expect(snapshots.guess(counter, 's-1').version).toBe(5);
    snapshots.remember(counter, 's-1', { state: { n: 6 }, version: 6 });
    expect(snapshots.guess(counter, 's-1').version).toBe(6);
  });

  it('holds nothing for an empty stream', () => {
    const snapshots = new Snapshots(10);
    snapshots.remember(counter, 's-1', { state: { n: 0 }, version: 0 });
    expect(snapshots.size).toBe(0);
  });

  it('drops the least recently used stream beyond its capacity', () => {
    const snapshots = new Snapshots(2);
    snapshots.remember(counter, 'a', { state: { n: 1 }, version: 1 });
    snapshots.remember(counter, 'b', { state: { n: 1 }, version: 1 });
    snapshots.guess(counter, 'a'); // a used after b
    snapshots.remember(counter, 'c', { state: { n: 1 }, version: 1 });
    expect(snapshots.size).toBe(2);
    expect(snapshots.guess(counter, 'b').version).toBe(0);
    expect(snapshots.guess(counter, 'a').version).toBe(1);
    expect(snapshots.guess(counter, 'c').version).toBe(1);
  });
});
