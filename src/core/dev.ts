/**
 * Development-only diagnostics. `process.env.NODE_ENV` is replaced by the host app's bundler;
 * where it is not (a plain browser), warnings stay on, which errs on the side of telling.
 */
declare const process: { env: { NODE_ENV?: string } } | undefined;

/** True unless the host build says `NODE_ENV === 'production'`. */
export function isDevelopment(): boolean {
  try {
    return typeof process === 'undefined' || process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}

const warned = /* @__PURE__ */ new Set<string>();

/** `console.warn` once per `key` per page load, in development only. Never throws. */
export function warnOnce(key: string, message: string): void {
  if (!isDevelopment() || warned.has(key)) return;
  warned.add(key);
  try {
    console.warn(`[smartcar-error-kit] ${message}`);
  } catch {
    // a host that replaced console with something that throws must not break rendering
  }
}

/** Test-only: forget which warnings were given. */
export function resetWarnings(): void {
  warned.clear();
}
