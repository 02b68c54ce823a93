import type { Freshness, TopicFreshness } from '../figures/freshness.service';
import { freshnessLine } from './freshness-line';

const topic = (department: string, lastRecordedAt: string | null, lag: number | null): TopicFreshness => ({
  department,
  topic: `park.${department}.events`,
  lastRecordedAt,
  committedOffset: lag === null ? null : 10,
  endOffset: lag === null ? null : 10 + lag,
  lag,
});
const freshness = (...topics: TopicFreshness[]): Freshness => ({ readModelVersion: 1, checkedAt: '2015-01-10T00:00:00.000Z', topics });

describe('a summary read from models fed by three topics', () => {
  const fed = freshness(topic('projects', '2014-12-31T10:05:00.000Z', 2), topic('land', '2015-01-02T01:30:00.000Z', 0), topic('safety', null, 1));

  it('states the newest applied record time in park time and the pending messages, in Chinese', () => {
    expect(freshnessLine(fed, 'zh')).toBe('数据更新至 2015-01-02 09:30（北京时间） · 待处理消息：3');
  });

  it('states the same in English', () => {
    expect(freshnessLine(fed, 'en')).toBe('Data as of 2015-01-02 09:30 (UTC+8) · pending messages: 3');
  });
});

describe('read models with nothing applied while Kafka is unreachable', () => {
  const empty = freshness(topic('projects', null, null), topic('land', null, 0));

  it('says there is no data yet and the pending count is unknown', () => {
    expect(freshnessLine(empty, 'zh')).toBe('尚无已处理的数据 · 待处理消息：未知');
    expect(freshnessLine(empty, 'en')).toBe('No data applied yet · pending messages: unknown');
  });
});
