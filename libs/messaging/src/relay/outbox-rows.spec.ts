import { positionArray, positionsIn, toTopicMessages, type OutboxRow } from './outbox-rows';

const row = (position: number, topic: string, streamId: string): OutboxRow => ({
  position: String(position),
  topic,
  messageKey: streamId,
  eventId: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
  type: 'ProjectSigned',
  schemaVersion: 2,
  envelope: `{"position":${position}}`,
});

describe('outbox rows of two topics, interleaved', () => {
  const rows = [row(1, 'park.land.events', 'a'), row(2, 'park.projects.events', 'b'), row(3, 'park.land.events', 'a')];

  it('become one message list per topic, each in position order', () => {
    const grouped = toTopicMessages(rows);
    expect(grouped.map((g) => [g.topic, g.messages.map((m) => m.value)])).toEqual([
      ['park.land.events', ['{"position":1}', '{"position":3}']],
      ['park.projects.events', ['{"position":2}']],
    ]);
  });

  it('are keyed by stream id and carry the type, event id and schema version headers', () => {
    const [first] = toTopicMessages(rows)[0].messages;
    expect(first).toEqual({
      key: 'a',
      value: '{"position":1}',
      headers: { type: 'ProjectSigned', eventId: rows[0].eventId, schemaVersion: '2' },
    });
  });
});

describe('no outbox rows', () => {
  it('become no topic messages', () => {
    expect(toTopicMessages([])).toEqual([]);
  });
});

describe('outbox positions written into a statement', () => {
  it('become a bigint[] literal', () => {
    expect(positionArray(['1', '42', '9007199254740993'])).toBe("'{1,42,9007199254740993}'::bigint[]");
    expect(positionArray([])).toBe("'{}'::bigint[]");
  });

  it('are refused when they are anything but a decimal number', () => {
    for (const bad of ['', '1,2', "1}'; drop table event_store.outbox; --", '-1', '1.5', '12345678901234567890']) {
      expect(() => positionArray([bad])).toThrow('not an outbox position');
    }
  });
});

describe('a set of outbox positions as a condition', () => {
  const run = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

  it('writes runs of 32 or more consecutive positions as ranges, in any order given, the rest listed', () => {
    expect(positionsIn([...run(101, 200), ...run(1, 40), '45', '47'])).toBe(
      "(position between 1 and 40 or position between 101 and 200 or position = any('{45,47}'::bigint[]))",
    );
    expect(positionsIn(run(1, 31))).toBe(`(position = any('{${run(1, 31).join(',')}}'::bigint[]))`);
    expect(positionsIn(['7', '7', ...run(7, 40)])).toBe('(position between 7 and 40)');
  });

  it('is false for no position, and lists positions beyond 2^53 one by one', () => {
    expect(positionsIn([])).toBe('false');
    expect(positionsIn(['9007199254740993', '9007199254740994'])).toBe("(position = any('{9007199254740993,9007199254740994}'::bigint[]))");
  });

  it('refuses anything but a decimal number', () => {
    for (const bad of ['', '1,2', "1}'; drop table event_store.outbox; --", '-1', '1.5', '0x10', '1e3', ' 1']) {
      expect(() => positionsIn([bad])).toThrow('not an outbox position');
    }
  });
});
