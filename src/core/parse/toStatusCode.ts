/** Lowest and highest HTTP status codes accepted (Smartcar also uses 430). */
const MIN_STATUS = 100;
const MAX_STATUS = 999;
const THREE_DIGITS = /^\d{3}$/;

/** An HTTP status from a number or a numeric string (`"502"` in v3 bodies); else `null`. */
export function toStatusCode(value: unknown): number | null {
  let status: number;
  if (typeof value === 'number') {
    status = value;
  } else if (typeof value === 'string' && value.length <= 8) {
    const text = value.trim();
    if (!THREE_DIGITS.test(text)) return null;
    status = Number(text);
  } else {
    return null;
  }
  return Number.isInteger(status) && status >= MIN_STATUS && status <= MAX_STATUS ? status : null;
}
