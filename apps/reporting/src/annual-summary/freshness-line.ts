import type { Freshness } from '../figures/freshness.service';
import type { Lang } from './number-format';

const PARK_OFFSET_MS = 8 * 3600_000;

/** A record time as the park's clock shows it (UTC+8), to the minute: "2014-12-31 18:05". */
const parkTime = (iso: string): string => new Date(Date.parse(iso) + PARK_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/**
 * What the summary reflects, printed under its title: the newest record time applied to the read
 * models, and the messages on the department topics not yet applied (unknown while Kafka is away).
 */
export function freshnessLine(freshness: Freshness, lang: Lang): string {
  const times = freshness.topics.map((t) => t.lastRecordedAt).filter((t): t is string => t !== null);
  const newest = times.length > 0 ? parkTime(times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b))) : null;
  const lags = freshness.topics.map((t) => t.lag);
  const pending = lags.some((lag) => lag === null) ? null : lags.reduce<number>((sum, lag) => sum + (lag ?? 0), 0);
  if (lang === 'zh') {
    return `${newest === null ? '尚无已处理的数据' : `数据更新至 ${newest}（北京时间）`} · 待处理消息：${pending ?? '未知'}`;
  }
  return `${newest === null ? 'No data applied yet' : `Data as of ${newest} (UTC+8)`} · pending messages: ${pending ?? 'unknown'}`;
}
