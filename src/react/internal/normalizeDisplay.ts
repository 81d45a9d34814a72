/**
 * Internal: a display made safe to render. `useErrorDisplay` passes an `ErrorDisplay` input
 * through as is, and a hand-built one may carry anything in its lists; React would throw on an
 * object where text is expected. This keeps only well-formed message parts, actions and detail
 * items, and turns the fields the components print into strings or null. Pure; never throws.
 * The result is memoised per display object.
 */
import type {
  ErrorAction,
  ErrorActionKind,
  ErrorDetailView,
  ErrorDisplay,
  ErrorMessagePart,
} from '../../core/display/ErrorDisplay';

const ACTION_KINDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set<ErrorActionKind>([
  'retry',
  'reconnect',
  'open-url',
  'contact-support',
  'billing',
  'dismiss',
]);

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function part(value: unknown): ErrorMessagePart | null {
  const item = record(value);
  const text = str(item?.['text']);
  if (item === null || text === null) return null;
  if (item['kind'] === 'text') return { kind: 'text', text };
  if (item['kind'] !== 'link') return null;
  const url = str(item['url']);
  const action = ACTION_KINDS.has(item['action']) ? (item['action'] as ErrorActionKind) : null;
  return {
    kind: 'link',
    text,
    ...(url !== null && { url }),
    ...(action !== null && { action }),
  };
}

function action(value: unknown): ErrorAction | null {
  const item = record(value);
  const label = str(item?.['label']);
  if (item === null || label === null || !ACTION_KINDS.has(item['kind'])) return null;
  const url = str(item['url']);
  return { kind: item['kind'] as ErrorActionKind, label, ...(url !== null && { url }) };
}

function detail(value: unknown): ErrorDetailView | null {
  const item = record(value);
  const label = str(item?.['label']);
  const items = item?.['items'];
  if (label === null || !Array.isArray(items)) return null;
  return { label, items: items.filter((entry): entry is string => typeof entry === 'string') };
}

function list<T>(value: unknown, read: (item: unknown) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  for (const item of value as unknown[]) {
    const entry = read(item);
    if (entry !== null) out.push(entry);
  }
  return out;
}

const cache = /* @__PURE__ */ new WeakMap<ErrorDisplay, ErrorDisplay>();

/** The display with only renderable values. */
export function normalizeDisplay(display: ErrorDisplay): ErrorDisplay {
  const cached = cache.get(display);
  if (cached !== undefined) return cached;
  let safe: ErrorDisplay;
  try {
    const retryAt = display.retryAt;
    safe = {
      ...display,
      title: str(display.title) ?? '',
      messageText: str(display.messageText) ?? '',
      message: list(display.message, part),
      actions: list(display.actions, action),
      retryAt: typeof retryAt === 'number' && Number.isFinite(retryAt) ? retryAt : null,
      requestId: str(display.requestId),
      docURL: str(display.docURL),
      detail: detail(display.detail),
      locale: str(display.locale) ?? 'en',
      type: str(display.type) ?? 'UNKNOWN',
      code: str(display.code),
      statusCode: finite(display.statusCode),
      description: str(display.description),
      retryAfterSeconds: finite(display.retryAfterSeconds),
    };
  } catch {
    safe = { ...display, message: [], actions: [], detail: null };
  }
  cache.set(display, safe);
  return safe;
}

/** Text of one of the error's fields in the display, for printing: strings and finite numbers, else null. */
export function errorField(
  display: ErrorDisplay,
  key: 'type' | 'code' | 'statusCode' | 'description',
): string | null {
  try {
    const value: unknown = (display as unknown as Record<string, unknown>)[key];
    if (typeof value === 'string') return value;
    return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
  } catch {
    return null;
  }
}
