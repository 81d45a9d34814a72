/**
 * A string with something in it, trimmed; null for a blank string or anything else. The one
 * test of "is there text here" for what a person will read: option values (`appName`,
 * `vehicleName`, `locale`), labels of hand-made packs and displays, support contact rows. The
 * parser has its own `textField` (cleaning control characters, not trimming).
 */
export function nonBlank(value: unknown): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? null : text;
}
