import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { isErrorDisplay } from '../../core/display/isErrorDisplay';
import { trust } from '../../core/display/readDisplay';
import { textField } from '../../core/parse/cleanString';

/** Most inputs remembered; beyond it the memo starts again (a storm of distinct errors). */
const MAX_REMEMBERED = 64;

/** `show` options that do not change the wording, or change it only as text the memo keys on. */
const KEYED_OPTIONS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'vehicleName',
  'appName',
  'locale',
  'id',
  'duration',
  'persistent',
  'retry',
]);

/**
 * Words `input` with `word`, or, for a repeat of an input already worded, gives the same display
 * without parsing or wording it again: the one thing that differs between repeats of an API
 * failure is its request id, so the memo keys on the input's JSON text without its top-level
 * `requestId` (and the wording options), and the display it gives is the remembered one with the
 * new request id, equal to what `word` would make (a test compares them). Only plain objects are
 * remembered, and only a single failure whose display depends on nothing but the input: none with
 * a retry time (it depends on the clock), a `RESOLVED` state or a request id read from anywhere
 * else. A kind (type, code, vehicle name) is remembered from its second `show` on, so distinct
 * errors cost only a lookup. The memo is forgotten when the config changes. A storm of one error
 * costs a counter.
 */
export function createRepeatMemo(): (
  input: unknown,
  options: object,
  config: object,
  word: () => ErrorDisplay[],
) => readonly ErrorDisplay[] {
  let remembered = new Map<string, ErrorDisplay>();
  let seen = new Set<string>();
  let wordedWith: object | null = null;
  return (input, options, config, word) => {
    if (config !== wordedWith) {
      remembered = new Map();
      seen = new Set();
      wordedWith = config;
    }
    // A kind seen once is only noted: distinct errors never pay for the JSON text.
    const kind = kindOf(input, options);
    if (kind === null) return word();
    if (!seen.has(kind)) {
      if (seen.size >= MAX_REMEMBERED) seen = new Set();
      seen.add(kind);
      return word();
    }
    const key = memoKey(input, options);
    if (key === null) return word();
    const known = remembered.get(key);
    const requestId = textField((input as { requestId?: unknown }).requestId);
    if (known !== undefined && requestId !== null) {
      return [trust({ ...known, requestId, error: { ...known.error, requestId } } as ErrorDisplay)];
    }
    const failures = word();
    const display = failures[0];
    if (
      failures.length === 1 &&
      display !== undefined &&
      display.state === 'ERROR' &&
      display.retryAt === null &&
      display.retryAfterSeconds === null &&
      display.requestId !== null &&
      display.requestId === requestId &&
      display.error.requestId === requestId
    ) {
      if (remembered.size >= MAX_REMEMBERED) remembered = new Map();
      remembered.set(key, display);
    }
    return failures;
  };
}

/**
 * A cheap first filter: the input's `type` and `code` and the options' `vehicleName`, or `null`
 * for what the memo never keys (not a plain object, options it cannot key on).
 */
function kindOf(input: unknown, options: object): string | null {
  try {
    if (
      typeof input !== 'object' ||
      input === null ||
      Object.getPrototypeOf(input) !== Object.prototype
    ) {
      return null;
    }
    for (const name of Object.keys(options)) if (!KEYED_OPTIONS.has(name)) return null;
    const { type, code } = input as Record<string, unknown>;
    return `${String(type)}\u0000${String(code)}\u0000${String((options as Record<string, unknown>).vehicleName)}`;
  } catch {
    return null;
  }
}

/**
 * The memo's key of a plain-object input shown with `options`: its JSON text without its top-level
 * `requestId`, and the options that word it. `null` when the input or options cannot be keyed.
 */
function memoKey(input: unknown, options: object): string | null {
  try {
    // `kindOf` has checked the input is a plain object and the options can be keyed.
    if (isErrorDisplay(input)) return null;
    const { vehicleName, appName, locale } = options as Record<string, unknown>;
    const { requestId: _requestId, ...rest } = input as Record<string, unknown>;
    return JSON.stringify([rest, vehicleName, appName, locale]);
  } catch {
    return null;
  }
}
