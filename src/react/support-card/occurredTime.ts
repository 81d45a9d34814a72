/**
 * The time a failure happened, as the card shows it. Pure; never reads the clock. During server
 * rendering and hydration the time is written in UTC (server and browser agree on it); after
 * hydration, in the reader's time zone.
 */

/** The largest time a `Date` can hold (±100,000,000 days), in ms. */
const MAX_EPOCH_MS = 8.64e15;

/** A valid `Date` from epoch ms or a `Date`, else null. */
export function toDate(value: unknown): Date | null {
  let ms = NaN;
  try {
    ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : NaN;
  } catch {
    // a Date subclass with a throwing getTime is no date
  }
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_MS ? new Date(ms) : null;
}

/** ISO 8601 in UTC without milliseconds: `2026-11-28T10:32:05Z`. */
export function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The date and time for people, in `locale`; in UTC when `utc`. Falls back to ISO on any failure.
 */
export function formatTime(date: Date, locale: string, utc: boolean): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'long' };
  if (utc) options.timeZone = 'UTC';
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    try {
      return new Intl.DateTimeFormat('en', options).format(date);
    } catch {
      return isoUtc(date);
    }
  }
}
