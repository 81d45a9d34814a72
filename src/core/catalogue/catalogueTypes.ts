import type { MessageKey, TitleKey } from '../messages/messageKeys';

/** How serious an error is for the person using the app. */
export type ErrorSeverity = 'critical' | 'warning' | 'info';

/** How a screen reader should announce it (`assertive` interrupts). */
export type ErrorPoliteness = 'assertive' | 'polite';

/** The kinds of thing a person can do about an error. */
export type ErrorActionKind =
  'retry' | 'reconnect' | 'open-url' | 'contact-support' | 'billing' | 'dismiss';

/**
 * Every documented error type: the 11 v2 types, the v1 `error` values (lower case, as sent),
 * `CONNECT` (redirect errors), `OAUTH` (token endpoint errors), `NETWORK` and `UNKNOWN`.
 */
export type SmartcarErrorType =
  | 'AUTHENTICATION'
  | 'BILLING'
  | 'COMPATIBILITY'
  | 'CONNECTED_SERVICES_ACCOUNT'
  | 'PERMISSION'
  | 'RATE_LIMIT'
  | 'RESOURCE_NOT_FOUND'
  | 'SERVER'
  | 'UPSTREAM'
  | 'VALIDATION'
  | 'VEHICLE_STATE'
  | 'vehicle_owner_action_required'
  | 'vehicle_state_error'
  | 'permission_error'
  | 'validation_error'
  | 'CONNECT'
  | 'OAUTH'
  | 'NETWORK'
  | 'UNKNOWN';

/** The API's `resolution.type` values. */
export type ResolutionType =
  | 'RETRY_LATER'
  | 'REAUTHENTICATE'
  | 'ACTION_REQUIRED'
  | 'USER_ACTION_REQUIRED'
  | 'CONTACT_SUPPORT'
  | 'FINANCE';

/** What the catalogue says about one code; unset fields come from its type. */
export interface CatalogueCodeSpec {
  readonly severity?: ErrorSeverity;
  /** The documented resolution; `null` when the docs give none. Default: the type's. */
  readonly resolution?: ResolutionType | null;
  /** The primary action when it does not follow from the resolution. */
  readonly action?: ErrorActionKind;
  /** Wording key. Default: `'TYPE.CODE'` when that key exists, else the type's key. */
  readonly key?: MessageKey;
}

/** What the catalogue says about one type (its default) and its documented codes. */
export interface CatalogueTypeSpec extends CatalogueCodeSpec {
  readonly severity: ErrorSeverity;
  /** Documented codes of the type, spelled as the API sends them. */
  readonly codes: Readonly<Record<string, CatalogueCodeSpec>>;
}

/** What the display layer needs to know about one type and code. */
export interface CatalogueEntry {
  /** The type as documented (`'VEHICLE_STATE'`, `'vehicle_state_error'`, `'CONNECT'`…). */
  readonly type: SmartcarErrorType;
  /** The code as documented, or `null` for the type's default (and null-code types). */
  readonly code: string | null;
  /** `'TYPE.CODE'` upper-cased (`'TYPE.'` for a default): one kind of error, whatever its case. */
  readonly kind: string;
  readonly severity: ErrorSeverity;
  /** `assertive` for critical errors, else `polite`. */
  readonly politeness: ErrorPoliteness;
  /** The documented resolution, or `null`. */
  readonly resolution: ResolutionType | null;
  /** The primary action implied by the resolution (or chosen for it when there is none). */
  readonly action: ErrorActionKind;
  /**
   * True when the primary action needs the person: reconnect, open-url, billing, contact-support.
   */
  readonly persistent: boolean;
  readonly messageKey: MessageKey;
  /**
   * The code's own title (`titles` of a locale pack) when it shares `messageKey`'s wording; else
   * null.
   */
  readonly titleKey: TitleKey | null;
  /** True when the wording for `messageKey` names the vehicle (`{vehicle}`). */
  readonly mentionsVehicle: boolean;
}
