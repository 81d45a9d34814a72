import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { isErrorDisplay } from '../../core/display/isErrorDisplay';
import { trust } from '../../core/display/readDisplay';
import { textField } from '../../core/parse/cleanString';

/** Most kinds and inputs remembered; beyond it the memo starts again (a storm of distinct ones). */
const MAX_REMEMBERED = 128;

/**
 * Words `input` with `word`, or, for a repeat of an input already worded, gives the same display
 * without parsing or wording it again. Repeats of an API failure differ in their request id only,
 * so the memo keys on the input's JSON text without its top-level `requestId`, with the wording
 * options, and gives the remembered display with the new request id: what `word` would make (a
 * test compares them). It remembers only plain objects shown without message, action or locale
 * overrides, and only a single failure whose display depends on nothing but the input: no retry
 * time (it depends on the clock), no `RESOLVED` state, its request id read from `requestId`. A
 * kind (type, code, vehicle name) is keyed from its second `show` on, so distinct errors never pay
 * for the JSON text. Forgotten when the config changes. A storm of one error costs a counter.
 */
export function createRepeatMemo(): (
  input: unknown,
  options: DisplayOptions,
  config: object,
  word: () => ErrorDisplay[],
) => readonly ErrorDisplay[] {
  /** A kind seen (`null`) or an input's key and its display. */
  let known = new Map<string, ErrorDisplay | null>();
  let wordedWith: object | undefined;
  return (input, options, config, word) => {
    if (config !== wordedWith || known.size >= MAX_REMEMBERED) {
      known = new Map();
      wordedWith = config;
    }
    let key: string | undefined;
    let requestId: string | null = null;
    try {
      const { appName, locale, vehicleName, now, messages, actions, locales } = options;
      if (
        Object.getPrototypeOf(input) === Object.prototype &&
        !(messages || actions || locales) &&
        !isErrorDisplay(input)
      ) {
        const { type, code, requestId: given, ...rest } = input as Record<string, unknown>;
        // Only a gate (which inputs pay for the JSON text), so a loose join is enough.
        const kind = String([type, code, vehicleName]);
        if (!known.has(kind)) {
          known.set(kind, null);
          return word();
        }
        requestId = textField(given);
        if (requestId !== null) {
          key = JSON.stringify([type, code, rest, appName, locale, vehicleName, now]);
        }
      }
    } catch {
      // hostile input or options: worded as the parser reads them
    }
    const hit = key && known.get(key);
    if (hit)
      return [trust({ ...hit, requestId, error: { ...hit.error, requestId } } as ErrorDisplay)];
    const failures = word();
    const [display] = failures;
    if (
      key &&
      failures.length === 1 &&
      display!.state === 'ERROR' &&
      display!.retryAt === null &&
      display!.retryAfterSeconds === null &&
      display!.requestId === requestId &&
      display!.error.requestId === requestId
    ) {
      known.set(key, display!);
    }
    return failures;
  };
}
