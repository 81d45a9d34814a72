import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { readDisplay } from '../../core/display/readDisplay';
import { toErrorDisplay } from '../../core/display/toErrorDisplay';
import { parseSmartcarErrors } from '../../core/parse/parseSmartcarErrors';

/**
 * Every failure `input` holds, worded with `options`, each with its `state`: an `ErrorDisplay` is
 * one failure as is; a single unreadable failure is worded from the input itself (so
 * toErrorDisplay's development warning about an error a framework boundary stripped still
 * fires); an input that holds no failure gives none.
 */
export function failuresIn(input: unknown, options: DisplayOptions): ErrorDisplay[] {
  const given = readDisplay(input);
  if (given !== null) return [given];
  // `now` (the only field display options share with a parse context) is the parser's clock.
  const errors = parseSmartcarErrors(input, options);
  if (errors.length === 1 && errors[0]!.format === 'unknown') {
    return [toErrorDisplay(input, options)];
  }
  return errors.map((error) => toErrorDisplay(error, options));
}
