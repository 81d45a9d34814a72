import { safeGet } from './safeGet';
import { toStatusCode } from './toStatusCode';

/** What the caller knows besides the body: HTTP status, headers and a clock. */
export interface ParseContextInput {
  /** HTTP status of the response the body came with. */
  status?: number;
  /** Response headers (`Headers`, `[name, value][]` or a record); names in any case. */
  headers?: HeadersInit;
  /** Epoch ms used for an HTTP-date `Retry-After`. Default: `Date.now()`. */
  now?: number;
}

/** The context as the parser uses it. */
export interface ParseContext {
  readonly status: number | null;
  /** Header sources searched in order (a batch item's own headers come first). */
  readonly headers: readonly unknown[];
  readonly now: () => number;
}

const NO_HEADERS: readonly unknown[] = /* @__PURE__ */ Object.freeze([]);

function clock(now: unknown): () => number {
  return typeof now === 'number' && Number.isFinite(now) ? () => now : () => Date.now();
}

/** Reads a caller's context defensively (it may be anything at run time). */
export function readParseContext(context: unknown): ParseContext {
  if (context === null || typeof context !== 'object') {
    return { status: null, headers: NO_HEADERS, now: clock(undefined) };
  }
  const headers = safeGet(context, 'headers');
  return {
    status: toStatusCode(safeGet(context, 'status')),
    headers: headers === undefined || headers === null ? NO_HEADERS : [headers],
    now: clock(safeGet(context, 'now')),
  };
}

/** A context for a nested body (a batch item): its own status and headers first. */
export function nestedContext(
  outer: ParseContext,
  status: number | null,
  headers: readonly unknown[],
): ParseContext {
  const own = headers.filter((source) => source !== undefined && source !== null);
  return {
    status: status ?? outer.status,
    headers: own.length === 0 ? outer.headers : [...own, ...outer.headers],
    now: outer.now,
  };
}
