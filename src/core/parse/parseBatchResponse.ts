import { buildSmartcarError } from './buildSmartcarError';
import { findFailedBatchItems } from './findFailedBatchItems';
import { MAX_BATCH_ITEMS } from './limits';
import { nestedContext, readParseContext } from './ParseContext';
import { parseJson } from './parseJson';
import { readParts } from './readParts';
import { safeGet } from './safeGet';
import type { SmartcarError } from './SmartcarError';
import { textField } from './cleanString';

/** One failed request of a batch response. */
export interface BatchItemError {
  /** The item's `path` (`'/odometer'`), or `null` when absent. */
  readonly path: string | null;
  /** The item's error, with the item's own status, headers and request id; `raw` is the item. */
  readonly error: SmartcarError;
}

/**
 * The failed items of a batch response (`{ responses: [{ path, code, body, headers }] }`, as an
 * object or JSON text): items whose `code` is 400 or more, or whose body is an error. `[]` for a
 * batch without failures or anything that is not a batch. Never throws.
 */
export function parseBatchResponse(
  body: unknown,
): Array<{ path: string | null; error: SmartcarError }> {
  try {
    const batch = typeof body === 'string' ? parseJson(body) : body;
    const context = readParseContext(undefined);
    const batchHeaders = safeGet(batch, 'headers');
    return findFailedBatchItems(safeGet(batch, 'responses'), MAX_BATCH_ITEMS).map((failed) => {
      const itemContext = nestedContext(context, failed.status, [failed.headers, batchHeaders]);
      const parts = readParts(failed.body, itemContext, 1);
      return Object.freeze({
        path: textField(safeGet(failed.item, 'path')),
        error: buildSmartcarError({ ...parts, format: 'batch' }, failed.item),
      });
    });
  } catch {
    return [];
  }
}
