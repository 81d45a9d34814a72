import { textField } from './cleanString';
import { pick, unknownParts, type ErrorParts, type FieldReader } from './ErrorParts';
import { errorValueKind } from './errorValueKind';
import { findFailedBatchItems } from './findFailedBatchItems';
import { nestedContext, type ParseContext } from './ParseContext';
import { readConnectParts } from './readConnectParts';
import { readErrorInstanceParts } from './readErrorInstanceParts';
import { knownFormat, readSerialisedParts } from './readSerialisedParts';
import { readV2Parts } from './readV2Parts';
import { eventVehicle, readFailedSignals } from './readSignalParts';
import { readV3Parts } from './readV3Parts';
import { safeGet, safeIsArray } from './safeGet';

/** Reads a nested input (a wrapped error, a batch item body) with its own context. */
export type NestedReader = (input: unknown, context: ParseContext) => ErrorParts;

const WEBHOOK_ERROR_EVENT = 'VEHICLE_ERROR';
/** v1 `error` values are lower snake_case (`vehicle_state_error`); v2 types are upper case. */
const V1_TYPE = /^[a-z][a-z0-9_]*$/;

/**
 * A list's first item when it is an object (what marks a v3 `errors` or a webhook's `data.errors`).
 */
export function firstObject(list: unknown): object | null {
  if (!safeIsArray(list)) return null;
  const first = safeGet(list, '0');
  return first !== null && typeof first === 'object' ? first : null;
}

/** One item of a webhook `VEHICLE_ERROR` event, with the event's vehicle when it names none. */
export function webhookParts(body: FieldReader, item: object, context: ParseContext): ErrorParts {
  const parts = readV2Parts((key) => safeGet(item, key), context, 'webhook');
  return parts.vehicle === null ? { ...parts, vehicle: eventVehicle(body) } : parts;
}

/** The first `limit` failed items of a batch, each with its own status and headers. */
export function batchItemParts(
  read: FieldReader,
  context: ParseContext,
  readNested: NestedReader,
  limit: number,
): ErrorParts[] {
  return findFailedBatchItems(read('responses'), limit).map((failed) => ({
    ...readNested(
      failed.body,
      nestedContext(context, failed.status, [failed.headers, read('headers')]),
    ),
    format: 'batch',
  }));
}

/** A body with a string `type`: v2, v1 via the Node SDK, webhook item, OAuth via the SDK. */
function typedParts(read: FieldReader, type: string, context: ParseContext): ErrorParts {
  // The server entry's body (`toSmartcarErrorBody`) and a spread copy of an error (`{ ...error }`)
  // name the shape it was first parsed from (and carry `state` and `signals` too).
  const format = knownFormat(read('format'));
  if (format !== null) return readV2Parts(read, context, format);
  const state = read('state');
  if (state === 'ERROR' || state === 'RESOLVED' || safeIsArray(read('signals'))) {
    return readV2Parts(read, context, 'webhook');
  }
  const code = read('code');
  if ((code === undefined || code === null) && errorValueKind(type, false) === 'oauth') {
    // The Node SDK copies a token error's `error` into `type`.
    return { ...readV2Parts(read, context, 'oauth'), type: 'OAUTH', code: type };
  }
  return readV2Parts(read, context, V1_TYPE.test(type) ? 'v1' : 'v2');
}

/** A body with a string `error`: Connect parameters, an OAuth token error, or a v1 body. */
function errorValueParts(read: FieldReader, error: string, context: ParseContext): ErrorParts {
  const errorDescription = read('error_description');
  const kind = errorValueKind(error, typeof errorDescription === 'string');
  if (kind === 'connect') return readConnectParts(read, context);
  const common = readV2Parts(read, context, kind);
  if (kind === 'oauth') {
    return {
      ...common,
      type: 'OAUTH',
      code: error,
      description: errorDescription ?? common.description,
    };
  }
  return { ...common, type: error, description: pick(read, 'message', 'description') };
}

/**
 * Recognises the shape of an object (an input, or parsed JSON text) through `read`, in order:
 * a serialised `SmartcarError` (its marker), known error instances, v3, batch (its first failed
 * item), the first failed signal of a signals response or `VEHICLE_STATE` event, anything with a
 * `type`, a webhook `VEHICLE_ERROR` event (its first item), anything with an `error`,
 * and finally an unknown error that keeps whatever status, request id and message it has.
 */
export function readObjectParts(
  read: FieldReader,
  context: ParseContext,
  readNested: NestedReader,
): ErrorParts {
  const serialised = readSerialisedParts(read, context);
  if (serialised !== null) return serialised;

  const instance = readErrorInstanceParts(read, context, readNested);
  if (instance !== null) return instance;

  const v3Item = firstObject(read('errors'));
  if (v3Item !== null) return readV3Parts(v3Item, read, context);

  if (safeIsArray(read('responses'))) {
    const [failed] = batchItemParts(read, context, readNested, 1);
    return failed ?? unknownParts(context, { format: 'batch' });
  }

  const [signal] = readFailedSignals(read, context, 1) ?? [];
  if (signal !== undefined) return signal;

  const type = textField(read('type'));
  if (type !== null) return typedParts(read, type, context);

  const webhookItem = firstObject(safeGet(read('data'), 'errors'));
  if (webhookItem !== null || read('eventType') === WEBHOOK_ERROR_EVENT) {
    return webhookItem === null
      ? unknownParts(context, { format: 'webhook' })
      : webhookParts(read, webhookItem, context);
  }

  const error = read('error');
  if (typeof error === 'string' && error.trim() !== '') {
    return errorValueParts(read, error, context);
  }
  if (error !== null && typeof error === 'object') return readNested(error, context);

  return unknownParts(context, {
    description: pick(read, 'description', 'message', 'error_description', 'title'),
    statusCode: pick(read, 'statusCode', 'status_code', 'status'),
    requestId: pick(read, 'requestId', 'request_id'),
  });
}
