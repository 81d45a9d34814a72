import { MAX_RETRY_AFTER_LENGTH } from './limits';

const MS_PER_SECOND = 1_000;
/** Two-digit years (RFC 850 dates) below this are 20xx, the rest 19xx. */
const TWO_DIGIT_YEAR_PIVOT = 70;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const DELAY_SECONDS = /^\d+(?:\.\d+)?$/;
/** IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT` (day and month names case-insensitive). */
const IMF_FIXDATE =
  /^[a-z]{3},\s*(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+GMT$/i;
/** RFC 850: `Sunday, 06-Nov-94 08:49:37 GMT`. */
const RFC_850 = /^[a-z]{6,9},\s*(\d{2})-([a-z]{3})-(\d{2})\s+(\d{2}):(\d{2}):(\d{2})\s+GMT$/i;
/** asctime: `Sun Nov  6 08:49:37 1994` (always GMT). */
const ASCTIME = /^[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})$/i;

function utcMillis(
  year: number,
  monthName: string,
  day: number,
  hours: number,
  minutes: number,
  seconds: number,
): number | null {
  const month = MONTHS.indexOf(monthName.toLowerCase());
  if (month < 0 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 60) return null;
  return Date.UTC(year, month, day, hours, minutes, seconds);
}

/** Epoch ms of an HTTP-date (the three formats RFC 9110 accepts), computed in UTC; else null. */
function httpDateMillis(text: string): number | null {
  let m = IMF_FIXDATE.exec(text);
  if (m !== null) {
    return utcMillis(
      Number(m[3]),
      m[2] ?? '',
      Number(m[1]),
      Number(m[4]),
      Number(m[5]),
      Number(m[6]),
    );
  }
  m = RFC_850.exec(text);
  if (m !== null) {
    const yy = Number(m[3]);
    const year = yy < TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
    return utcMillis(year, m[2] ?? '', Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  }
  m = ASCTIME.exec(text);
  if (m !== null) {
    return utcMillis(
      Number(m[6]),
      m[1] ?? '',
      Number(m[2]),
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
    );
  }
  return null;
}

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
  const at = httpDateMillis(text);
  if (at === null) return null;
  const seconds = Math.ceil((at - now()) / MS_PER_SECOND);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
