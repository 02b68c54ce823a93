/** The park keeps Asia/Shanghai time: UTC+8 all year, no daylight saving. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The park's business month ('YYYY-MM') of an instant given as ISO-8601 with an offset. */
export const businessMonth = (iso: string): string => {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) throw new Error(`Not an ISO-8601 instant: ${iso}`);
  return new Date(instant + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7);
};

/** The month ('YYYY-MM') of a calendar date ('YYYY-MM-DD'), which is already in the park's time. */
export const monthOfDate = (date: string): string => date.slice(0, 7);
