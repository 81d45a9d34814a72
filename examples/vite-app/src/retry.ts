/**
 * What "Try again" in a toast does. The kit calls the provider's `onRetry` with the failure's
 * display; the page that failed leaves its retry here, so the provider needs to know no page.
 */
let pending: (() => void) | null = null;

/** Remembers how to redo the operation that just failed (replacing any earlier one). */
export function retryLater(operation: () => void): void {
  pending = operation;
}

/** Runs the remembered operation once, if any. */
export function retryPending(): void {
  const operation = pending;
  pending = null;
  operation?.();
}
