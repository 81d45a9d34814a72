import { parseSmartcarError } from '../parse/parseSmartcarError';
import type { DisplayOptions } from './DisplayOptions';
import type { ErrorDisplay } from './ErrorDisplay';
import { isErrorDisplay } from './isErrorDisplay';
import { toErrorDisplay } from './toErrorDisplay';

/**
 * Any failure → its display model: an `ErrorDisplay` is returned as is, a `SmartcarError` goes
 * through `toErrorDisplay`, anything else through `parseSmartcarError` first (with
 * `options.now` as the parser's clock too). What the components and `useErrorDisplay` use for
 * their `error` input. Pure; never throws.
 */
export function resolveErrorDisplay(input: unknown, options?: DisplayOptions): ErrorDisplay {
  if (isErrorDisplay(input)) return input;
  let now: unknown;
  try {
    now = options?.now;
  } catch {
    now = undefined;
  }
  const context = typeof now === 'number' && Number.isFinite(now) ? { now } : undefined;
  return toErrorDisplay(parseSmartcarError(input, context), options);
}
