/**
 * The boundary for displays that did not come out of `toErrorDisplay` here: a copy
 * (structuredClone, JSON, a server→client prop) or one built by hand, which may carry anything in
 * its fields. Read once where a display enters (`toErrorDisplay`, so also `useErrorDisplay` and
 * the toasts' `show`; `useRetryCountdown`); the queue and the components then trust what they get.
 */
import type { ErrorActionKind } from '../catalogue/catalogueTypes';
import { nonBlank } from '../internal/nonBlank';
import { httpUrl } from '../parse/httpUrl';
import type { ErrorAction, ErrorDetailView, ErrorDisplay, ErrorMessagePart } from './ErrorDisplay';
import { isErrorDisplay } from './isErrorDisplay';

/** Displays known to be renderable: made by `toErrorDisplay`, or read here. */
const TRUSTED = /* @__PURE__ */ new WeakSet<object>();

/** Marks a display as known-good, so `readDisplay` returns it without reading it. */
export function trust(display: ErrorDisplay): ErrorDisplay {
  TRUSTED.add(display);
  return display;
}

/** True for a display made by `toErrorDisplay` or already read by `readDisplay`. */
export const isTrusted = (value: unknown): value is ErrorDisplay => TRUSTED.has(value as object);

const ACTION_KINDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<ErrorActionKind>([
  'retry',
  'reconnect',
  'open-url',
  'contact-support',
  'billing',
  'dismiss',
]);

type Loose = Record<string, unknown>;
/** A string as is (message text and the error's fields are shown verbatim), else null. */
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const finite = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * `value` itself when each field in `read` already holds that value, else a copy with them.
 * Keeping the original lets a clean copy stay the very object it was given.
 */
function same<T extends object>(value: T, read: Partial<T>): T {
  for (const key of Object.keys(read) as (keyof T)[]) {
    if (!Object.is(value[key], read[key])) return { ...value, ...read };
  }
  return value;
}

function part(value: unknown): ErrorMessagePart | null {
  const item = value as Loose;
  const text = str(item?.['text']);
  if (text === null) return null;
  if (item['kind'] === 'text')
    return same(item, { kind: 'text', text }) as unknown as ErrorMessagePart;
  if (item['kind'] !== 'link') return null;
  const url = httpUrl(item['url']) ?? undefined;
  const action = ACTION_KINDS.has(item['action']) ? (item['action'] as ErrorActionKind) : undefined;
  return same(item, { kind: 'link', text, url, action }) as unknown as ErrorMessagePart;
}

function action(value: unknown): ErrorAction | null {
  const item = value as Loose;
  const label = nonBlank(item?.['label']);
  // A control without a name helps no one (and fails WCAG 4.1.2): an action needs a label.
  if (label === null || !ACTION_KINDS.has(item['kind'])) return null;
  return same(item, { label, url: httpUrl(item['url']) ?? undefined }) as unknown as ErrorAction;
}

function detail(value: unknown): ErrorDetailView | null {
  const item = value as Loose;
  const label = nonBlank(item?.['label']);
  const items = list(item?.['items'], str);
  return label === null || !Array.isArray(item['items'])
    ? null
    : (same(item, { label, items }) as unknown as ErrorDetailView);
}

/** The items `read` keeps; the array itself when it keeps each one as it is. */
function list<T>(value: unknown, read: (item: unknown) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  for (const item of value as unknown[]) {
    const entry = read(item);
    if (entry !== null) out.push(entry);
  }
  return out.length === value.length && out.every((entry, i) => entry === value[i])
    ? (value as T[])
    : out;
}

const READ = /* @__PURE__ */ new WeakMap<object, ErrorDisplay>();

/**
 * A renderable display from anything display-shaped (`isErrorDisplay`), else null: unusable
 * message parts, actions (also those with a blank label) and detail items are left out,
 * non-http(s) URLs dropped (the one URL rule, `httpUrl`), and the printed fields made strings,
 * finite numbers or null. A display that needs none of that is returned as is. Memoised per
 * object; never throws.
 */
export function readDisplay(value: unknown): ErrorDisplay | null {
  if (isTrusted(value)) return value;
  if (!isErrorDisplay(value)) return null;
  let read = READ.get(value);
  if (read === undefined) {
    try {
      read = same(value, {
        message: list(value.message, part),
        actions: list(value.actions, action),
        retryAt: finite(value.retryAt),
        requestId: str(value.requestId),
        docURL: httpUrl(value.docURL),
        detail: detail(value.detail),
        locale: nonBlank(value.locale) ?? 'en',
        code: str(value.code),
        // Anything but a RESOLVED is an active failure (a display built before states existed too).
        state: value.state === 'RESOLVED' ? 'RESOLVED' : 'ERROR',
        statusCode: finite(value.statusCode),
        description: str(value.description),
        retryAfterSeconds: finite(value.retryAfterSeconds),
      });
    } catch {
      // A getter or proxy that throws while being read: nothing of it can be trusted.
      return null;
    }
    READ.set(value, trust(read));
  }
  return read;
}
