import { pick, type ErrorParts, type FieldReader } from './ErrorParts';
import type { ParseContext } from './ParseContext';
import { readVehicle } from './readVehicle';

/**
 * A Connect error from its redirect parameters (or an object carrying them): `error` is the
 * code, `error_description` the description, a `configuration_error`'s `status_code` the status
 * and its `error_message` the detail; `vin`/`make`/`model`/`year` describe an incompatible vehicle.
 */
export function readConnectParts(
  read: FieldReader,
  context: ParseContext,
  fallbackDescription: string | null = null,
): ErrorParts {
  const errorMessage = read('error_message');
  return {
    type: 'CONNECT',
    code: read('error'),
    description: pick(read, 'error_description', 'description') ?? fallbackDescription,
    statusCode: pick(read, 'status_code', 'statusCode'),
    requestId: null,
    docURL: null,
    resolution: null,
    suggestedUserMessage: null,
    detail:
      typeof errorMessage === 'string' && errorMessage !== '' ? [{ message: errorMessage }] : null,
    retryAfter: null,
    vehicle: readVehicle(read, null),
    format: 'connect',
    context,
  };
}
