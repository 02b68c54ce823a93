const PARK_OFFSET_MS = 8 * 3600_000;

/** The business year (park time, UTC+8) of an instant. */
export const parkYear = (at: string | Date): number => new Date(new Date(at).getTime() + PARK_OFFSET_MS).getUTCFullYear();

/** The years the park has records for: from the year it was established (PARK_ESTABLISHED_ON) to the current one. */
export const parkYears = (establishedOn: string, now = new Date()) => ({ first: parkYear(establishedOn), last: parkYear(now) });
