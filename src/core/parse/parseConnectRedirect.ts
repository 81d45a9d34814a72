import { buildSmartcarError } from './buildSmartcarError';
import { readParseContext } from './ParseContext';
import { readConnectParts } from './readConnectParts';
import { orphanDescription, readConnectQuery } from './readConnectQuery';
import type { SmartcarError } from './SmartcarError';

/**
 * The Connect error carried by a redirect back to the app (a full redirect URL, `?query`, bare
 * query string, `URL` or `URLSearchParams`): `type: 'CONNECT'`, `code` = the `error` value.
 * `null` when there is no `error` parameter (the redirect is a success) or the input is not a
 * redirect. Never throws.
 */
export function parseConnectRedirect(input: string | URL | URLSearchParams): SmartcarError | null {
  try {
    const params = readConnectQuery(input);
    if (params === null) return null;
    const parts = readConnectParts(
      (key) => params.get(key),
      readParseContext(undefined),
      orphanDescription(params),
    );
    return buildSmartcarError(parts, input);
  } catch {
    return null;
  }
}
