/**
 * Listeners called once per microtask however many changes were signalled in between, so a
 * burst of 1000 `ToastQueue.add` calls costs React one render. A listener that throws (app code)
 * does not starve the others: its error is rethrown in a later microtask.
 */
export class BatchedNotifier {
  readonly #listeners = new Set<() => void>();
  #pending = false;

  /** Listen; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Call every listener once, in a microtask (one already scheduled covers this call too). */
  notify(): void {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      if (!this.#pending) return; // clear() in between cancels the notification
      this.#pending = false;
      for (const listener of [...this.#listeners]) {
        try {
          listener();
        } catch (error) {
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    });
  }

  /** Forget every listener and a notification not yet delivered. */
  clear(): void {
    this.#listeners.clear();
    this.#pending = false;
  }

  /** Listeners, and notifications scheduled but not delivered (0 or 1). */
  counts(): { readonly listeners: number; readonly pending: number } {
    return { listeners: this.#listeners.size, pending: this.#pending ? 1 : 0 };
  }
}
