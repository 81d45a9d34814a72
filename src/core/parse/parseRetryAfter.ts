import { MAX_RETRY_AFTER_LENGTH } from './limits';

const MS_PER_SECOND = 1_000;
const DELAY_SECONDS = /^\d+(?:\.\d+)?$/;
const GMT = /GMT$/i;
/** All three HTTP-date formats start with a day name; Date.parse alone would take far more. */
const DAY_NAME_START = /^[a-z]{3,9},?\s/i;

/**
 * Seconds to wait from a `Retry-After` value: delay-seconds (number or numeric string, rounded
 * up) or an HTTP-date relative to `now()` (epoch ms). Negative, past or invalid values give
 * `null`. `now` is only called for a date.
 */
export function parseRetryAfter(value: unknown, now: () => number): number | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? Math.ceil(value) : null;
  }
  if (typeof value !== 'string' || value.length > MAX_RETRY_AFTER_LENGTH) return null;
  const text = value.trim();
  if (DELAY_SECONDS.test(text)) {
    const seconds = Math.ceil(Number(text));
    return Number.isFinite(seconds) ? seconds : null;
  }
  // An HTTP-date is always GMT; asctime dates (`Sun Nov  6 08:49:37 1994`) do not say so, and
  // Date.parse would read them as local time. Date.parse reads all three RFC 9110 formats.
  if (!DAY_NAME_START.test(text)) return null;
  const at = Date.parse(GMT.test(text) ? text : `${text} GMT`);
  if (Number.isNaN(at)) return null;
  const seconds = Math.ceil((at - now()) / MS_PER_SECOND);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
