import { partitionKey, progressOf } from './rebuild-progress';

const targets = [
  { topic: 't', partition: 0, low: 0, high: 600 },
  { topic: 't', partition: 1, low: 100, high: 500 },
];

describe('a rebuild that has read part of what was on the topics at its start', () => {
  const committed = new Map([
    [partitionKey('t', 0), 300],
    [partitionKey('t', 1), 300],
  ]);

  it('reports the share read, the rate since the start and the time left', () => {
    expect(progressOf(targets, committed, 10_000)).toEqual({
      applied: 500,
      total: 1000,
      percent: 50,
      eventsPerSecond: 50,
      etaSeconds: 10,
      caughtUp: false,
    });
  });

  it('taken over at 400 read, rates only what its new driver read', () => {
    expect(progressOf(targets, committed, 10_000, 400)).toMatchObject({ applied: 500, percent: 50, eventsPerSecond: 10, etaSeconds: 50 });
  });
});

describe('a rebuild past the offsets it started with', () => {
  it('is caught up at 100%, however much arrived since', () => {
    const committed = new Map([
      [partitionKey('t', 0), 900],
      [partitionKey('t', 1), 500],
    ]);
    expect(progressOf(targets, committed, 5_000)).toMatchObject({ percent: 100, etaSeconds: 0, caughtUp: true });
  });
});

describe('a rebuild that has read nothing yet', () => {
  it('has no rate and no estimate', () => {
    expect(progressOf(targets, new Map(), 1_000)).toMatchObject({ applied: 0, percent: 0, eventsPerSecond: null, etaSeconds: null });
  });

  it('is caught up at once when the topics were empty', () => {
    expect(progressOf([], new Map(), 0)).toMatchObject({ percent: 100, caughtUp: true });
  });
});
