/**
 * Every documented Smartcar error identity the fixtures hold, by type: the 48 v2 errors, the
 * v1 `error` values, the Connect redirect errors and the OAuth token errors. `null` is a type
 * documented without a code (AUTHENTICATION, PERMISSION, VALIDATION). What
 * `smartcarErrorFixtures.get` accepts; a test checks it against the fixture files both ways.
 */
export const DOCUMENTED_SMARTCAR_ERRORS = {
  AUTHENTICATION: [null],
  BILLING: ['VEHICLE_LIMIT', 'INVALID_PLAN', 'VEHICLE_REQUEST_LIMIT', 'ACCOUNT_SUSPENDED'],
  COMPATIBILITY: [
    'MAKE_NOT_COMPATIBLE',
    'PLATFORM_NOT_CAPABLE',
    'SMARTCAR_NOT_CAPABLE',
    'VEHICLE_NOT_CAPABLE',
  ],
  CONNECTED_SERVICES_ACCOUNT: [
    'ACCOUNT_ISSUE',
    'AUTHENTICATION_FAILED',
    'NO_VEHICLES',
    'PERMISSION',
    'SUBSCRIPTION',
    'VEHICLE_MISSING',
    'VIRTUAL_KEY_REQUIRED',
  ],
  PERMISSION: [null],
  RATE_LIMIT: ['SMARTCAR_API', 'VEHICLE'],
  RESOURCE_NOT_FOUND: ['PATH', 'VERSION'],
  SERVER: ['INTERNAL', 'RECORD_NOT_FOUND', 'MULTIPLE_RECORDS_FOUND'],
  UPSTREAM: ['INVALID_DATA', 'KNOWN_ISSUE', 'NO_RESPONSE', 'RATE_LIMIT', 'UNKNOWN_ISSUE'],
  VALIDATION: [null, 'PARAMETER'],
  VEHICLE_STATE: [
    'ASLEEP',
    'CHARGING_IN_PROGRESS',
    'CHARGING_PLUG_CONNECTED',
    'CHARGING_PLUG_NOT_CONNECTED',
    'DOOR_OPEN',
    'FULLY_CHARGED',
    'NOT_CHARGING',
    'CHARGE_FAULT',
    'HOOD_OPEN',
    'IGNITION_ON',
    'IN_MOTION',
    'REMOTE_ACCESS_DISABLED',
    'TRUNK_OPEN',
    'UNKNOWN',
    'UNREACHABLE',
    'VEHICLE_OFFLINE_FOR_SERVICE',
    'LOW_BATTERY',
  ],
  vehicle_state_error: ['VS_000', 'VS_001', 'VS_002', 'VS_003'],
  vehicle_owner_action_required: ['VOA_000', 'VOA_001'],
  permission_error: [null],
  validation_error: [null],
  CONNECT: [
    'access_denied',
    'invalid_subscription',
    'configuration_error',
    'no_vehicles',
    'oem_cancelled_login',
    'vehicle_incompatible',
    'user_manually_returned_to_application',
    'user_cancelled',
    'server_error',
  ],
  OAUTH: ['invalid_client', 'invalid_grant'],
} as const;

/** A documented error type: `'VEHICLE_STATE'`, a v1 `error` value, `'CONNECT'` or `'OAUTH'`. */
export type DocumentedSmartcarErrorType = keyof typeof DOCUMENTED_SMARTCAR_ERRORS;

/** The documented codes of `T` (`null` for a type documented without one). */
export type DocumentedSmartcarErrorCode<T extends DocumentedSmartcarErrorType> =
  (typeof DOCUMENTED_SMARTCAR_ERRORS)[T][number];
