import { pick, type ErrorParts, type FieldReader } from './ErrorParts';
import type { ParseContext } from './ParseContext';
import { readVehicle } from './readVehicle';
import { safeGet } from './safeGet';
import type { SmartcarErrorFormat } from './SmartcarError';

/**
 * The fields of a v2 body and of everything shaped like one: a Node SDK `SmartcarError` or its
 * JSON (`retryAfter`, no `code` when null), snake_case SDK JSON (`status_code`, `request_id`,
 * `doc_url`, `suggested_user_message`, `retry_after`), a webhook error item (`state`, `signals`), a
 * `SmartcarError` copied without its marker (`{ ...error }`: `retryAfterSeconds`, `vehicle`).
 */
export function readV2Parts(
  read: FieldReader,
  context: ParseContext,
  format: SmartcarErrorFormat,
): ErrorParts {
  const vehicle = pick(read, 'vehicle', 'vehicleInfo');
  return {
    type: read('type'),
    code: read('code'),
    description: pick(read, 'description', 'message'),
    statusCode: pick(read, 'statusCode', 'status_code', 'status'),
    requestId: pick(read, 'requestId', 'request_id'),
    docURL: pick(read, 'docURL', 'doc_url', 'docUrl'),
    resolution: read('resolution'),
    suggestedUserMessage: pick(read, 'suggestedUserMessage', 'suggested_user_message'),
    detail: read('detail'),
    retryAfter: pick(read, 'retryAfter', 'retry_after', 'retryAfterSeconds'),
    vehicle: vehicle === undefined ? null : readVehicle((key) => safeGet(vehicle, key)),
    state: read('state'),
    signals: read('signals'),
    format,
    context,
  };
}
