import { textField } from './cleanString';
import type { ErrorParts } from './ErrorParts';
import { httpUrl } from './httpUrl';
import { parseRetryAfter } from './parseRetryAfter';
import { readHeader } from './readHeader';
import { MAX_SIGNALS } from './limits';
import { safeGet, safeItems } from './safeGet';
import { sanitizeDetail } from './sanitizeDetail';
import { SmartcarError, type SmartcarResolution, type SmartcarSignal } from './SmartcarError';
import { toStatusCode } from './toStatusCode';

/** `{ type, url }` from an object, a bare string (older bodies: `"REAUTHENTICATE"`), or nothing. */
function toResolution(value: unknown): SmartcarResolution {
  const resolution =
    typeof value === 'string' ? { type: value } : typeof value === 'object' ? value : null;
  return { type: textField(safeGet(resolution, 'type')), url: httpUrl(safeGet(resolution, 'url')) };
}

/** The first `MAX_SIGNALS` items of a list that name a signal, as `{ code, name, group }`. */
function toSignals(value: unknown): SmartcarSignal[] {
  const signals: SmartcarSignal[] = [];
  for (const item of safeItems(value, MAX_SIGNALS)) {
    const signal: SmartcarSignal = {
      code: textField(safeGet(item, 'code')),
      name: textField(safeGet(item, 'name')),
      group: textField(safeGet(item, 'group')),
    };
    if (Object.values(signal).some((field) => field !== null)) signals.push(signal);
  }
  return signals;
}

/**
 * The one place where read values become a `SmartcarError`: every string cleaned and capped,
 * URLs checked, status and Retry-After normalised, headers consulted when the body is silent.
 */
export function buildSmartcarError(parts: ErrorParts, raw: unknown): SmartcarError {
  const { context } = parts;
  let retryAfterSeconds = parseRetryAfter(parts.retryAfter, context.now);
  if (retryAfterSeconds === null && context.headers.length > 0) {
    retryAfterSeconds = parseRetryAfter(readHeader(context.headers, 'retry-after'), context.now);
  }
  let requestId = textField(parts.requestId);
  if (requestId === null && context.headers.length > 0) {
    requestId = textField(readHeader(context.headers, 'sc-request-id'));
  }
  return new SmartcarError({
    type: textField(parts.type) ?? 'UNKNOWN',
    code: textField(parts.code),
    description: textField(parts.description),
    statusCode: toStatusCode(parts.statusCode) ?? context.status,
    requestId,
    docURL: httpUrl(parts.docURL),
    resolution: toResolution(parts.resolution),
    suggestedUserMessage: textField(parts.suggestedUserMessage),
    detail: sanitizeDetail(parts.detail),
    retryAfterSeconds,
    vehicle: parts.vehicle,
    state: parts.state === 'RESOLVED' ? 'RESOLVED' : 'ERROR',
    signals: toSignals(parts.signals),
    format: parts.format,
    raw,
  });
}
