import { setTimeout as delay } from 'node:timers/promises';

/**
 * Holds callers to `perSecond` items a second on average (0: never holds): each call books its items'
 * share of time after the previous bookings and waits until its slot. Bursts after idle time are not
 * saved up, so the pace never exceeds the cap over any stretch longer than one call's items.
 */
export function pace(perSecond: number, now: () => number = Date.now, wait: (ms: number) => Promise<unknown> = delay): (items: number) => Promise<void> {
  if (perSecond <= 0) return async () => undefined;
  let free = 0; // the moment the booked items are done
  return async (items) => {
    const start = Math.max(now(), free);
    free = start + (items * 1000) / perSecond;
    const ms = start - now();
    if (ms > 0) await wait(ms);
  };
}
