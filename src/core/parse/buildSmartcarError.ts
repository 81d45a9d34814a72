import { textField } from './cleanString';
import type { ErrorParts } from './ErrorParts';
import { httpUrl } from '../url/httpUrl';
import { parseRetryAfter } from './parseRetryAfter';
import { readHeader } from './readHeader';
import { safeGet } from './safeGet';
import { sanitizeDetail } from './sanitizeDetail';
import { SmartcarError, type SmartcarResolution } from './SmartcarError';
import { toStatusCode } from './toStatusCode';

const NO_RESOLUTION: SmartcarResolution = /* @__PURE__ */ Object.freeze({ type: null, url: null });

/** `{ type, url }` from an object, a bare string (older bodies: `"REAUTHENTICATE"`), or nothing. */
function toResolution(value: unknown): SmartcarResolution {
  if (typeof value === 'string') return { type: textField(value), url: null };
  if (value === null || typeof value !== 'object') return NO_RESOLUTION;
  return { type: textField(safeGet(value, 'type')), url: httpUrl(safeGet(value, 'url')) };
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
    format: parts.format,
    raw,
  });
}
