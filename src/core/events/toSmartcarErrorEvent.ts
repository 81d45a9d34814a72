/**
 * Builds a `SmartcarErrorEvent` from whatever a surface shows: an `ErrorDisplay`, a
 * `SmartcarError` (a fleet issue's `error`) or a plain `{ type, code }`. The one place that
 * decides what may leave the kit towards an analytics tool, so it reads every field as untrusted
 * and lets through only identifiers, known action kinds and whole numbers.
 */
import type {
  SmartcarErrorEvent,
  SmartcarErrorEventName,
  SmartcarErrorEventSurface,
} from './SmartcarErrorEvent';

/** A type, code or resolution: a plain identifier (`[A-Za-z0-9_]`) of at most 64 characters. */
const IDENTIFIER = /^\w{1,64}$/;

/**
 * A VIN (17 characters, no I, O or Q) is a plain identifier too; no Smartcar type or code has
 * that shape (they are words joined by `_`), so one that does is treated as data, not a code.
 */
const VIN = /^[A-HJ-NPR-Z\d]{17}$/i;

const ACTION = /^(retry|reconnect|open-url|contact-support|billing|dismiss)$/;

/** A request id: Smartcar's are UUIDs; anything longer or with other characters is dropped. */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** What an event may take from the surface, all optional and unchecked. */
export interface SmartcarErrorEventExtras {
  readonly action?: unknown;
  readonly count?: unknown;
  readonly visibleMs?: unknown;
}

const identifier = (value: unknown): string =>
  typeof value === 'string' && IDENTIFIER.test(value) && !VIN.test(value) ? value : 'UNKNOWN';

const orNull = (value: unknown): string | null => (value == null ? null : identifier(value));

/** `source[key]`; undefined when `source` is no object or the read throws (a hostile getter). */
function field(source: unknown, key: string): unknown {
  try {
    return (source as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** The event for `name` on `surface` about `source`. Never throws. */
export function toSmartcarErrorEvent(
  name: SmartcarErrorEventName,
  surface: SmartcarErrorEventSurface,
  source: unknown,
  { action, count, visibleMs }: SmartcarErrorEventExtras = {},
  includeRequestId = false,
): SmartcarErrorEvent {
  const event: { -readonly [K in keyof SmartcarErrorEvent]: SmartcarErrorEvent[K] } = {
    name,
    surface,
    type: identifier(field(source, 'type')),
    code: orNull(field(source, 'code')),
    resolution: orNull(
      field(field(source, 'resolution') ?? field(field(source, 'error'), 'resolution'), 'type'),
    ),
  };
  const requestId = field(source, 'requestId');
  if (typeof action === 'string' && ACTION.test(action)) event.action = action as never;
  if (typeof count === 'number' && count >= 1 && count < 2 ** 53) event.count = Math.round(count);
  if (typeof visibleMs === 'number' && visibleMs >= 0 && visibleMs < 2 ** 53) {
    event.visibleMs = Math.round(visibleMs);
  }
  if (includeRequestId && typeof requestId === 'string' && REQUEST_ID.test(requestId)) {
    event.requestId = requestId;
  }
  return event;
}
