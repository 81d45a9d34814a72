/**
 * Bounds that keep parsing cheap and a hostile body harmless. Lengths are in UTF-16 code units.
 */

/** Longest string kept from any input; longer strings are cut (a layout must survive any body). */
export const MAX_STRING_LENGTH = 2_000;

/** Longest text body scanned (1 MiB); only its start is read. Real error bodies are < 10 KiB. */
export const MAX_TEXT_LENGTH = 1_048_576;

/** Longest Connect redirect (URL or query string) read. */
export const MAX_QUERY_LENGTH = 16_384;

/** Longest Retry-After value looked at. */
export const MAX_RETRY_AFTER_LENGTH = 64;

/** Levels of nested objects/arrays copied into `detail`. */
export const MAX_DETAIL_DEPTH = 5;

/** Entries kept per array in `detail`. */
export const MAX_DETAIL_ITEMS = 50;

/** Keys kept per object in `detail`. */
export const MAX_DETAIL_KEYS = 50;

/** Values (objects, arrays, primitives) copied into one error's `detail`, in total. */
export const MAX_DETAIL_NODES = 500;

/** Characters of string data copied into one error's `detail`, in total. */
export const MAX_DETAIL_CHARS = 20_000;

/** Wrappers followed (`{ error: {…} }`, batch item bodies, JSON text inside JSON…). */
export const MAX_NESTING = 4;

/** Headers looked at in one header list or record. */
export const MAX_HEADERS = 200;

/** Items looked at in a batch response. */
export const MAX_BATCH_ITEMS = 200;

/** Signals kept on one error (a webhook item's `signals`). */
export const MAX_SIGNALS = 50;

/** Errors `parseSmartcarErrors` returns for one input, at most. */
export const MAX_ERRORS = 200;

/** Items looked at in one list (a webhook's errors, an event's or a response's signals). */
export const MAX_LIST_ITEMS = 1_000;
