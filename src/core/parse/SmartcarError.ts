/**
 * The one typed error every Smartcar failure shape is parsed into.
 *
 * Every field is always present (never `undefined`) and `readonly` to TypeScript. It is a real
 * `Error` an app can `throw`, and, like any `Error`, it stays extensible: frameworks and error
 * trackers add their own properties (Next.js `digest`, Sentry's tags). `toJSON()` gives its
 * plain, JSON-safe form, which `parseSmartcarError` reads back with nothing lost. It carries a
 * cross-realm brand so `isSmartcarError` still works when two copies of the kit end up in one
 * bundle.
 */

import {
  SMARTCAR_ERROR_JSON_MARKER,
  type SmartcarErrorDetailItem,
  type SmartcarErrorFields,
  type SmartcarErrorFormat,
  type SmartcarErrorJSON,
  type SmartcarErrorState,
  type SmartcarResolution,
  type SmartcarSignal,
  type SmartcarVehicleInfo,
} from './SmartcarErrorFields';

// The shapes live in SmartcarErrorFields.ts; most of the parser imports them from here.
export { SMARTCAR_ERROR_JSON_MARKER } from './SmartcarErrorFields';
export type {
  SmartcarErrorDetailItem,
  SmartcarErrorFields,
  SmartcarErrorFormat,
  SmartcarErrorJSON,
  SmartcarErrorState,
  SmartcarResolution,
  SmartcarSignal,
  SmartcarVehicleInfo,
} from './SmartcarErrorFields';

const BRAND: unique symbol = Symbol.for('smartcar-error-kit.SmartcarError') as never;

/**
 * The instances this copy of the kit constructed. A WeakSet rather than a `#private` field: a
 * Proxy cannot forward membership either (unforgeable), and the class's published type keeps no
 * `#private` member, which would make the copies of the type that each entry's declarations carry
 * (`smartcar-error-kit` and `smartcar-error-kit/core`) incompatible with each other.
 */
const constructed = /* @__PURE__ */ new WeakSet<object>();

const ErrorWithStackLimit = Error as { stackTraceLimit?: unknown };
let suspendedStackTraceLimit: unknown;

/**
 * Turns stack capture off for the `Error` about to be created with `message` (V8 and
 * JavaScriptCore honour `Error.stackTraceLimit`); `setStackTraceLimit(suspendedStackTraceLimit)`
 * turns it back on. A parsed error's frames would only show the parser and its caller, never the
 * request that failed, and capturing them costs several times the whole parse.
 */
function withoutStackTrace(message: string): string {
  suspendedStackTraceLimit = ErrorWithStackLimit.stackTraceLimit;
  setStackTraceLimit(0);
  return message;
}

/** Sets `Error.stackTraceLimit` to `limit`, only where the runtime has one (a number). */
function setStackTraceLimit(limit: unknown): void {
  if (typeof suspendedStackTraceLimit !== 'number') return;
  try {
    ErrorWithStackLimit.stackTraceLimit = limit;
  } catch {
    // frozen intrinsics (SES lockdown): the stack is kept, nothing was changed
  }
}

/**
 * A parsed Smartcar failure. Create one with `parseSmartcarError`. Its fields are set once and
 * `readonly` to TypeScript; the instance is not frozen (see the file comment), its `resolution`,
 * `detail`, `vehicle` and `signals` are (they are shared with the display and its JSON form).
 */
export class SmartcarError extends Error implements SmartcarErrorFields {
  // `declare`: assigned once in the constructor, not defined first as `undefined` (twice the work).
  declare readonly type: string;
  declare readonly code: string | null;
  declare readonly description: string | null;
  declare readonly statusCode: number | null;
  declare readonly requestId: string | null;
  declare readonly docURL: string | null;
  declare readonly resolution: SmartcarResolution;
  declare readonly suggestedUserMessage: string | null;
  declare readonly detail: readonly SmartcarErrorDetailItem[] | null;
  declare readonly retryAfterSeconds: number | null;
  declare readonly vehicle: SmartcarVehicleInfo | null;
  declare readonly state: SmartcarErrorState;
  declare readonly signals: readonly SmartcarSignal[];
  declare readonly format: SmartcarErrorFormat;
  declare readonly raw: unknown;

  constructor(fields: SmartcarErrorFields) {
    // `Error(message)` cannot throw, so the limit is always restored on the next line.
    super(
      withoutStackTrace(
        `${fields.type}${fields.code === null ? '' : `:${fields.code}`}${
          fields.description === null ? '' : ` - ${fields.description}`
        }`,
      ),
    );
    setStackTraceLimit(suspendedStackTraceLimit);
    this.name = 'SmartcarError';
    this.type = fields.type;
    this.code = fields.code;
    this.description = fields.description;
    this.statusCode = fields.statusCode;
    this.requestId = fields.requestId;
    this.docURL = fields.docURL;
    this.resolution = Object.freeze({ type: fields.resolution.type, url: fields.resolution.url });
    this.suggestedUserMessage = fields.suggestedUserMessage;
    this.detail = fields.detail === null ? null : Object.freeze([...fields.detail]);
    this.retryAfterSeconds = fields.retryAfterSeconds;
    this.vehicle = fields.vehicle === null ? null : Object.freeze({ ...fields.vehicle });
    this.state = fields.state;
    this.signals = Object.freeze(fields.signals.map((signal) => Object.freeze({ ...signal })));
    this.format = fields.format;
    this.raw = fields.raw;
    constructed.add(this);
  }

  /** The error as plain, JSON-safe data, every field but `raw` (see `SmartcarErrorJSON`). */
  toJSON(): SmartcarErrorJSON {
    return {
      [SMARTCAR_ERROR_JSON_MARKER]: 1,
      type: this.type,
      code: this.code,
      description: this.description,
      statusCode: this.statusCode,
      requestId: this.requestId,
      docURL: this.docURL,
      resolution: this.resolution,
      suggestedUserMessage: this.suggestedUserMessage,
      detail: this.detail,
      retryAfterSeconds: this.retryAfterSeconds,
      vehicle: this.vehicle,
      state: this.state,
      signals: this.signals,
      format: this.format,
    };
  }
}

// On the prototype, not on each instance: free to create, and a spread copy (`{ ...error }`)
// does not pass for the real thing. Every copy of the kit brands its own prototype. A property
// defined this way is not enumerable, writable nor configurable.
Object.defineProperty(SmartcarError.prototype, BRAND, { value: true });
// The marker too, so an instance from another copy of the kit, read field by field, is read by
// the same rule as its JSON form (see readSerialisedParts).
Object.defineProperty(SmartcarError.prototype, SMARTCAR_ERROR_JSON_MARKER, { value: 1 });

/**
 * True for a `SmartcarError` made by this kit (any copy of it), false for anything else. Never
 * throws.
 */
export function isSmartcarError(value: unknown): value is SmartcarError {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value instanceof SmartcarError || (value as { [BRAND]?: unknown })[BRAND] === true)
    );
  } catch {
    return false;
  }
}

/**
 * True only for an instance this copy of the kit constructed, never for a Proxy or a look-alike
 * carrying the brand (internal: the parser returns only these as they are).
 */
export function isGenuineSmartcarError(value: unknown): value is SmartcarError {
  return typeof value === 'object' && value !== null && constructed.has(value);
}

/**
 * True for a serialised `SmartcarError` (`toJSON()` output, or a copy of it made by JSON,
 * `structuredClone` or a framework), by its own marker property (an instance is not). Never
 * throws. Its fields are still only trusted after `parseSmartcarError` has read them.
 */
export function isSmartcarErrorJSON(value: unknown): value is SmartcarErrorJSON {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      Object.hasOwn(value, SMARTCAR_ERROR_JSON_MARKER) &&
      (value as Record<string, unknown>)[SMARTCAR_ERROR_JSON_MARKER] === 1
    );
  } catch {
    return false;
  }
}
