import type { SmartcarError } from '../parse/SmartcarError';

/**
 * All that is left of an `Error` that crossed a framework boundary (React adds `environmentName`).
 */
const STRIPPED_ERROR_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'message',
  'name',
  'stack',
  'digest',
  'cause',
  'environmentName',
]);

/**
 * True when `input` is an object the parser found nothing in and that holds nothing but what a
 * framework boundary keeps of an `Error`: `{}`, or an Error-like with only message, name, stack,
 * digest. That is what a client component receives when a server component passes it a
 * `SmartcarError` instance (its own fields are dropped), and what `structuredClone` makes of one.
 * Used only in development, to say so (`toErrorDisplay`). Never throws.
 */
export function looksStripped(input: unknown, parsed: SmartcarError): boolean {
  if (parsed.format !== 'unknown' || typeof input !== 'object' || input === null) return false;
  try {
    if (Array.isArray(input)) return false;
    return Object.getOwnPropertyNames(input).every((key) => STRIPPED_ERROR_KEYS.has(key));
  } catch {
    return false;
  }
}
