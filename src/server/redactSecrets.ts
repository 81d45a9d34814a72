/** `Bearer <token>`, `Basic <credentials>`: the scheme is kept, the credentials are not. */
const AUTH_SCHEME = /\b(Bearer|Basic)(\s+)[A-Za-z0-9\-._~+/]+=*/gi;
/** `access_token=…`, `"refresh_token": "…"`, `Authorization: …` and the like. */
const SECRET_FIELD =
  /\b(access_token|refresh_token|id_token|client_secret|authorization)(["']?\s*[:=]\s*["']?)(?!\[redacted\])[^\s"'&,;}]+/gi;
/** A JSON Web Token (three base64url parts, the first one a JSON object: `eyJ…`). */
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]+/g;

const REDACTED = '[redacted]';

/** Object keys whose value is a credential whatever it looks like. */
const SECRET_KEY =
  /^(access_?token|refresh_?token|id_?token|token|client_?secret|secret|password|authorization|cookie)$/i;

/**
 * `text` with credentials replaced by `[redacted]`: bearer and basic credentials, token and
 * secret fields, `Authorization` values, JSON Web Tokens. What a server must not forward to a
 * browser even when an upstream message echoes it.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(AUTH_SCHEME, `$1$2${REDACTED}`)
    .replace(SECRET_FIELD, `$1$2${REDACTED}`)
    .replace(JWT, REDACTED);
}

/**
 * A JSON-like value with every string (keys included) passed through `redactSecrets`, and the
 * value of a credential key (`access_token`, `authorization`, `password`…) replaced whole.
 */
export function redactDeep(value: unknown): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (Array.isArray(value)) return value.map(redactDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[redactSecrets(key)] = SECRET_KEY.test(key) && item !== null ? REDACTED : redactDeep(item);
    }
    return out;
  }
  return value;
}
