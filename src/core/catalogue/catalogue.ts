import type { CatalogueTypeSpec, SmartcarErrorType } from './catalogueTypes';

/*
 * How serious each kind of error is for the person using the app. Politeness follows (critical is
 * assertive, the rest polite); the action follows the resolution (see RESOLUTION_ACTIONS).
 *
 * | situation                                                    | severity | primary action   |
 * | ------------------------------------------------------------ | -------- | ---------------- |
 * | car must be reconnected: authentication, permission, OAuth   | critical | reconnect        |
 * |   invalid_grant, v1 VOA_000, PLATFORM_NOT_CAPABLE            |          |                  |
 * | car brand account needs the owner (subscription, key…)       | critical | dismiss/open-url |
 * | billing (the app's Smartcar account)                         | critical | contact/billing  |
 * | rate limit, upstream, server INTERNAL, LOW_BATTERY, UNKNOWN  | warning  | retry            |
 * | server record problems (RECORD_NOT_FOUND, MULTIPLE_RECORDS…) | warning  | contact-support  |
 * | car state the owner can change (door open, asleep, plugged)  | warning  | dismiss          |
 * | compatibility, validation, resource not found                | warning  | dismiss          |
 * | Connect: access denied, server error / incompatible, no cars | warning  | reconnect/dismiss|
 * | already in the asked state (FULLY_CHARGED, CHARGING_IN_…)    | info     | dismiss          |
 * | the person left Connect (cancelled, returned to the app)     | info     | reconnect        |
 * | NETWORK (nothing came back)                                  | warning  | retry            |
 * | UNKNOWN, OAuth client errors, Connect configuration_error    | warning  | contact-support  |
 *
 * AUTHENTICATION documents no resolution, but the only fix in the person's hands is to reconnect.
 */

/**
 * Every documented type and code (spelled as the API sends them) with its severity, resolution,
 * primary action and wording key. Exhaustive: a type missing here does not compile.
 */
export const CATALOGUE = {
  AUTHENTICATION: { severity: 'critical', resolution: null, action: 'reconnect', codes: {} },
  BILLING: {
    severity: 'critical',
    resolution: 'CONTACT_SUPPORT',
    codes: {
      VEHICLE_LIMIT: {},
      INVALID_PLAN: {},
      VEHICLE_REQUEST_LIMIT: {},
      ACCOUNT_SUSPENDED: { resolution: 'FINANCE' },
    },
  },
  COMPATIBILITY: {
    severity: 'warning',
    codes: {
      MAKE_NOT_COMPATIBLE: { key: 'CONNECT.vehicle_incompatible' },
      PLATFORM_NOT_CAPABLE: {
        severity: 'critical',
        resolution: 'REAUTHENTICATE',
        key: 'PERMISSION',
      },
      SMARTCAR_NOT_CAPABLE: {},
      VEHICLE_NOT_CAPABLE: {},
    },
  },
  CONNECTED_SERVICES_ACCOUNT: {
    severity: 'critical',
    codes: {
      ACCOUNT_ISSUE: {},
      AUTHENTICATION_FAILED: { resolution: 'REAUTHENTICATE', key: 'AUTHENTICATION' },
      NO_VEHICLES: {},
      PERMISSION: { resolution: 'REAUTHENTICATE', key: 'PERMISSION' },
      SUBSCRIPTION: {},
      VEHICLE_MISSING: { key: 'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES' },
      VIRTUAL_KEY_REQUIRED: { resolution: 'ACTION_REQUIRED' },
    },
  },
  PERMISSION: { severity: 'critical', resolution: 'REAUTHENTICATE', codes: {} },
  RATE_LIMIT: {
    severity: 'warning',
    resolution: 'RETRY_LATER',
    codes: { SMARTCAR_API: {}, VEHICLE: {} },
  },
  RESOURCE_NOT_FOUND: { severity: 'warning', key: 'UNKNOWN', codes: { PATH: {}, VERSION: {} } },
  SERVER: {
    severity: 'warning',
    resolution: 'RETRY_LATER',
    key: 'UNKNOWN',
    codes: {
      INTERNAL: {},
      RECORD_NOT_FOUND: { resolution: 'CONTACT_SUPPORT' },
      MULTIPLE_RECORDS_FOUND: { resolution: 'CONTACT_SUPPORT' },
    },
  },
  UPSTREAM: {
    severity: 'warning',
    resolution: 'RETRY_LATER',
    codes: {
      INVALID_DATA: {},
      KNOWN_ISSUE: {},
      NO_RESPONSE: {},
      // The car brand's own rate limit: the same situation, and the same wait, as RATE_LIMIT.
      RATE_LIMIT: { key: 'RATE_LIMIT' },
      UNKNOWN_ISSUE: {},
    },
  },
  VALIDATION: { severity: 'warning', key: 'UNKNOWN', codes: { PARAMETER: {} } },
  VEHICLE_STATE: {
    severity: 'warning',
    codes: {
      ASLEEP: {},
      CHARGE_FAULT: { key: 'VEHICLE_STATE.NOT_CHARGING' },
      CHARGING_IN_PROGRESS: { severity: 'info' },
      CHARGING_PLUG_CONNECTED: {},
      CHARGING_PLUG_NOT_CONNECTED: { key: 'VEHICLE_STATE.NOT_CHARGING' },
      DOOR_OPEN: {},
      FULLY_CHARGED: { severity: 'info' },
      HOOD_OPEN: { key: 'VEHICLE_STATE.DOOR_OPEN' },
      IGNITION_ON: {},
      IN_MOTION: { key: 'VEHICLE_STATE.IGNITION_ON' },
      LOW_BATTERY: { resolution: 'RETRY_LATER' },
      NOT_CHARGING: {},
      REMOTE_ACCESS_DISABLED: {},
      TRUNK_OPEN: {},
      UNKNOWN: { resolution: 'RETRY_LATER' },
      UNREACHABLE: {},
      VEHICLE_OFFLINE_FOR_SERVICE: {},
    },
  },
  vehicle_owner_action_required: {
    severity: 'critical',
    key: 'CONNECTED_SERVICES_ACCOUNT',
    codes: {
      VOA_000: { action: 'reconnect', key: 'AUTHENTICATION' },
      VOA_001: { key: 'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION' },
    },
  },
  vehicle_state_error: {
    severity: 'warning',
    key: 'VEHICLE_STATE',
    codes: {
      VS_000: {},
      VS_001: { key: 'VEHICLE_STATE.DOOR_OPEN' },
      VS_002: { key: 'VEHICLE_STATE.TRUNK_OPEN' },
      VS_003: { key: 'VEHICLE_STATE.DOOR_OPEN' },
    },
  },
  permission_error: { severity: 'critical', action: 'reconnect', key: 'PERMISSION', codes: {} },
  validation_error: { severity: 'warning', key: 'UNKNOWN', codes: {} },
  CONNECT: {
    severity: 'info',
    action: 'reconnect',
    codes: {
      access_denied: { severity: 'warning' },
      invalid_subscription: {
        severity: 'warning',
        action: 'dismiss',
        key: 'CONNECTED_SERVICES_ACCOUNT.SUBSCRIPTION',
      },
      configuration_error: { severity: 'warning', action: 'contact-support', key: 'UNKNOWN' },
      no_vehicles: {
        severity: 'warning',
        action: 'dismiss',
        key: 'CONNECTED_SERVICES_ACCOUNT.NO_VEHICLES',
      },
      vehicle_incompatible: { severity: 'warning', action: 'dismiss' },
      server_error: { severity: 'warning' },
      oem_cancelled_login: {},
      user_manually_returned_to_application: {},
      user_cancelled: {},
    },
  },
  OAUTH: {
    severity: 'warning',
    action: 'contact-support',
    key: 'UNKNOWN',
    codes: {
      // RFC 6749 §5.2 token errors; Smartcar documents invalid_client and invalid_grant.
      invalid_request: {},
      invalid_client: {},
      invalid_grant: { severity: 'critical', action: 'reconnect', key: 'AUTHENTICATION' },
      unauthorized_client: {},
      unsupported_grant_type: {},
      invalid_scope: {},
    },
  },
  NETWORK: { severity: 'warning', action: 'retry', codes: {} },
  UNKNOWN: { severity: 'warning', action: 'contact-support', codes: {} },
} as const satisfies Record<SmartcarErrorType, CatalogueTypeSpec>;

/** The documented codes of one type, as typed constants (`SmartcarErrorCode<'VEHICLE_STATE'>`). */
export type SmartcarErrorCode<T extends SmartcarErrorType = SmartcarErrorType> = T extends T
  ? keyof (typeof CATALOGUE)[T]['codes'] & string
  : never;
