import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { readDisplay } from '../../core/display/readDisplay';
import { resolveErrorDisplay } from '../../core/display/resolveErrorDisplay';
import { parseSmartcarErrors } from '../../core/parse/parseSmartcarErrors';

/** One failure of a `show`'s input, worded, and whether Smartcar reported it over. */
export interface Failure {
  readonly display: ErrorDisplay;
  readonly resolved: boolean;
}

/**
 * Every failure `input` holds, worded with `options`: an `ErrorDisplay` is one failure as is; a
 * single failure is worded from the input itself (so resolveErrorDisplay's development warning
 * about an error a framework boundary stripped still fires); an input without one gives none.
 */
export function failuresIn(input: unknown, options: DisplayOptions): Failure[] {
  const given = readDisplay(input);
  if (given !== null) return [{ display: given, resolved: false }];
  const now = options.now;
  const errors = parseSmartcarErrors(input, typeof now === 'number' ? { now } : undefined);
  if (errors.length === 1 && errors[0]!.format === 'unknown') {
    return [{ display: resolveErrorDisplay(input, options), resolved: false }];
  }
  return errors.map((error) => ({
    display: resolveErrorDisplay(error, options),
    resolved: error.state === 'RESOLVED',
  }));
}
