import { warnOnce } from '../internal/dev';
import { parseSmartcarError } from '../parse/parseSmartcarError';
import type { SmartcarError } from '../parse/SmartcarError';
import type { DisplayOptions } from './DisplayOptions';
import type { ErrorDisplay } from './ErrorDisplay';
import { readDisplay } from './readDisplay';
import { toErrorDisplay } from './toErrorDisplay';

/** Replaced by the app's bundler; declared here, not through @types/node (see core/internal/dev.ts). */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** All that is left of an `Error` that crossed a framework boundary (React adds `environmentName`). */
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
 */
function looksStripped(input: unknown, parsed: SmartcarError): boolean {
  if (parsed.format !== 'unknown' || typeof input !== 'object' || input === null) return false;
  try {
    if (Array.isArray(input)) return false;
    return Object.getOwnPropertyNames(input).every((key) => STRIPPED_ERROR_KEYS.has(key));
  } catch {
    return false;
  }
}

/**
 * Any failure → its display model: an `ErrorDisplay` is returned as is (a copy or a hand-built
 * one is read once by `readDisplay`, which leaves out what cannot be rendered), a `SmartcarError` goes
 * through `toErrorDisplay`, anything else through `parseSmartcarError` first (with
 * `options.now` as the parser's clock too). What the components and `useErrorDisplay` use for
 * their `error` input. Pure; never throws.
 *
 * In development it says once when the input is an error whose fields a framework boundary
 * stripped (see `looksStripped`), which would otherwise render the generic message silently.
 */
export function resolveErrorDisplay(input: unknown, options?: DisplayOptions): ErrorDisplay {
  const display = readDisplay(input);
  if (display !== null) return display;
  let now: unknown;
  try {
    now = options?.now;
  } catch {
    now = undefined;
  }
  const context = typeof now === 'number' && Number.isFinite(now) ? { now } : undefined;
  const parsed = parseSmartcarError(input, context);
  if (process.env.NODE_ENV !== 'production' && looksStripped(input, parsed)) {
    warnOnce(
      'stripped-error',
      'an error with none of a SmartcarError’s fields (only message, name, stack or digest, or nothing) was given, so the generic message is shown. That is what a framework boundary leaves of a SmartcarError instance: a server component passing it as a prop to a client component, structuredClone, postMessage. Pass `error.toJSON()`, or an ErrorDisplay from `toErrorDisplay(error)`, instead.',
    );
  }
  return toErrorDisplay(parsed, options);
}
