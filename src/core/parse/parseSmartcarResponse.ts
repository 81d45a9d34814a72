import { buildSmartcarError } from './buildSmartcarError';
import { unknownParts } from './ErrorParts';
import { nestedContext, readParseContext } from './ParseContext';
import { readParts } from './readParts';
import { safeGet } from './safeGet';
import type { SmartcarError } from './SmartcarError';
import { toStatusCode } from './toStatusCode';
import { parseSmartcarError } from './parseSmartcarError';

async function readBodyText(response: Response): Promise<string | null> {
  try {
    const text = safeGet(response, 'text');
    if (typeof text !== 'function') return null;
    const body: unknown = await (text as () => Promise<unknown>).call(response);
    return typeof body === 'string' ? body : null;
  } catch {
    return null; // body already used, stream error, aborted…
  }
}

/**
 * Reads a failed `fetch` Response once (JSON, or the text of an HTML/plain proxy page, or
 * nothing) and parses it with the response's status, `SC-Request-Id` and `Retry-After`. `raw` is
 * the body text (`''` when empty or unreadable). Never rejects: a body that cannot be read still
 * gives an error with the status.
 */
export async function parseSmartcarResponse(response: Response): Promise<SmartcarError> {
  try {
    const context = nestedContext(
      readParseContext(undefined),
      toStatusCode(safeGet(response, 'status')),
      [safeGet(response, 'headers')],
    );
    const body = await readBodyText(response);
    const parts = body === null ? unknownParts(context) : readParts(body, context);
    return buildSmartcarError(parts, body ?? '');
  } catch {
    return parseSmartcarError(undefined);
  }
}
