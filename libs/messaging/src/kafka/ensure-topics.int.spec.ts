import type { Admin } from 'kafkajs';
import { randomName } from '../testing/probe-events';
import { testKafka } from '../testing/test-stack';
import { ensureTopics } from './ensure-topics';

describe('topics that do not exist yet', () => {
  let admin: Admin;
  const [first, second] = [randomName('ensure_a'), randomName('ensure_b')];

  beforeAll(async () => {
    admin = testKafka('ensure-topics-test').admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin.deleteTopics({ topics: [first, second] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('are created with the requested partitions, and a second call changes nothing', async () => {
    expect(await ensureTopics(admin, [first], { partitions: 4 })).toEqual([first]);
    expect(await ensureTopics(admin, [first, second], { partitions: 2 })).toEqual([second]);
    expect(await ensureTopics(admin, [first, second])).toEqual([]);

    const { topics } = await admin.fetchTopicMetadata({ topics: [first, second] });
    const partitions = Object.fromEntries(topics.map((t) => [t.name, t.partitions.length]));
    expect(partitions).toEqual({ [first]: 4, [second]: 2 });
  });
});
