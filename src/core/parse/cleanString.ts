import { MAX_STRING_LENGTH } from './limits';

/** C0 controls except tab (U+0009) and newline (U+000A), DEL, and the C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Caps `value` at `MAX_STRING_LENGTH` (never splitting a surrogate pair) and removes control
 * characters. Capping first keeps the scan bounded for huge strings.
 */
export function cleanString(value: string): string {
  let text = value;
  if (text.length > MAX_STRING_LENGTH) {
    const last = text.charCodeAt(MAX_STRING_LENGTH - 1);
    const isHighSurrogate = last >= 0xd800 && last <= 0xdbff;
    text = text.slice(0, isHighSurrogate ? MAX_STRING_LENGTH - 1 : MAX_STRING_LENGTH);
  }
  return text.replace(CONTROL_CHARS, '');
}

/** A string field, cleaned; `null` for anything that is not a non-empty string. */
export function textField(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  const text = cleanString(value);
  return text.length === 0 ? null : text;
}
