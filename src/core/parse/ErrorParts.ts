import type { ParseContext } from './ParseContext';
import type { SmartcarErrorFormat, SmartcarVehicleInfo } from './SmartcarError';

/**
 * What a shape reader found, before normalisation: values are as read from the input
 * (unknown types), and `buildSmartcarError` cleans, checks and caps every one of them.
 */
export interface ErrorParts {
  readonly type: unknown;
  readonly code: unknown;
  readonly description: unknown;
  readonly statusCode: unknown;
  readonly requestId: unknown;
  readonly docURL: unknown;
  readonly resolution: unknown;
  readonly suggestedUserMessage: unknown;
  readonly detail: unknown;
  readonly retryAfter: unknown;
  readonly vehicle: SmartcarVehicleInfo | null;
  /** `'RESOLVED'` gives a resolved error; anything else an `'ERROR'`. */
  readonly state?: unknown;
  /** A list of `{ code, name, group }`, cleaned and capped by `buildSmartcarError`. */
  readonly signals?: unknown;
  readonly format: SmartcarErrorFormat;
  /** Status and headers that apply to this error (a batch item has its own). */
  readonly context: ParseContext;
}

/** Reads one member of the input (an object property, or a scanned JSON member). */
export type FieldReader = (key: string) => unknown;

/** The first of `keys` whose value is neither `undefined` nor `null`. */
export function pick(read: FieldReader, ...keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = read(key);
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

/** Parts of an error nothing could be recognised in. */
export function unknownParts(
  context: ParseContext,
  fields: Partial<Omit<ErrorParts, 'context'>> = {},
): ErrorParts {
  return {
    type: 'UNKNOWN',
    code: null,
    description: null,
    statusCode: null,
    requestId: null,
    docURL: null,
    resolution: null,
    suggestedUserMessage: null,
    detail: null,
    retryAfter: null,
    vehicle: null,
    format: 'unknown',
    ...fields,
    context,
  };
}
