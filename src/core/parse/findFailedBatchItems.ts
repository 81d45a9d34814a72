import { MAX_BATCH_ITEMS } from './limits';
import { safeGet, safeItems } from './safeGet';
import { toStatusCode } from './toStatusCode';

/** Lowest HTTP status of a failed batch item. */
const FIRST_ERROR_STATUS = 400;

/** One failed item of a batch response. */
export interface FailedBatchItem {
  readonly item: unknown;
  readonly status: number | null;
  readonly body: unknown;
  readonly headers: unknown;
}

function looksLikeErrorBody(body: unknown): boolean {
  return typeof safeGet(body, 'type') === 'string' || typeof safeGet(body, 'error') === 'string';
}

/**
 * The failed items of a batch's `responses`: an item `code` of 400 or more, or no usable code
 * and a body shaped like an error. At most `limit` items. Never throws.
 */
export function findFailedBatchItems(responses: unknown, limit: number): FailedBatchItem[] {
  const failed: FailedBatchItem[] = [];
  for (const item of safeItems(responses, MAX_BATCH_ITEMS)) {
    if (failed.length === limit) break;
    if (item === null || typeof item !== 'object') continue;
    const status = toStatusCode(safeGet(item, 'code')) ?? toStatusCode(safeGet(item, 'status'));
    const body = safeGet(item, 'body');
    const isFailure = status === null ? looksLikeErrorBody(body) : status >= FIRST_ERROR_STATUS;
    if (isFailure) {
      failed.push({ item, status, body, headers: safeGet(item, 'headers') });
    }
  }
  return failed;
}
