/**
 * Connect redirect `error` values (the 8 documented, plus `user_cancelled` from the iOS SDK). The
 * OAuth token endpoint never sends these, so an `{ error }` body carrying one is a Connect error.
 */
const CONNECT_ERROR_VALUES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'access_denied',
  'invalid_subscription',
  'configuration_error',
  'no_vehicles',
  'vehicle_incompatible',
  'server_error',
  'oem_cancelled_login',
  'user_manually_returned_to_application',
  'user_cancelled',
]);

/** The token endpoint's error values (RFC 6749 §5.2). */
const OAUTH_ERROR_VALUES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
]);

/** Which shape an `error` value belongs to (case-insensitive): Connect, OAuth, or a v1 body. */
export function errorValueKind(
  value: string,
  hasErrorDescription: boolean,
): 'connect' | 'oauth' | 'v1' {
  const lower = value.toLowerCase();
  if (CONNECT_ERROR_VALUES.has(lower)) return 'connect';
  if (hasErrorDescription || OAUTH_ERROR_VALUES.has(lower)) return 'oauth';
  return 'v1';
}
