/**
 * Development-only diagnostics. Every call site guards itself INLINE with the literal expression
 * the host app's bundler replaces (Vite, webpack, esbuild, Next.js all define
 * `process.env.NODE_ENV`), the message text inside the branch:
 *
 *     if (process.env.NODE_ENV !== 'production') warnOnce('key', 'text');
 *
 * In a production build the condition becomes `"production" !== 'production'`, so a minifier
 * drops the branch and its text (`npm run check:production` proves it on the built package).
 * The kit's own build leaves `process.env.NODE_ENV` as written, for the app's bundler to decide.
 * A runtime helper (`isDevelopment()`) would not do: bundlers replace only that expression, and
 * `typeof process` is `'undefined'` in a browser, which kept every warning in production.
 */

/**
 * Replaced by the app's bundler. Each file that guards a branch declares it like this, local to
 * the module: the sources compile without @types/node (tsconfig.build.json loads only
 * `vite/client`), and nothing reaches the users' types (a global declaration would be copied into
 * dist/*.d.ts and give every app a `process` global).
 */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

const warned = /* @__PURE__ */ new Set<string>();

/**
 * `console.warn` once per `key` per page load, prefixed `[smartcar-error-kit]`. Never throws.
 * Call it only inside `if (process.env.NODE_ENV !== 'production')` (see above); it checks again
 * itself, so a forgotten guard still prints nothing in production.
 */
export function warnOnce(key: string, message: string): void {
  if (process.env.NODE_ENV !== 'production') {
    if (warned.has(key)) return;
    warned.add(key);
    try {
      console.warn(`[smartcar-error-kit] ${message}`);
    } catch {
      // a host that replaced console with something that throws must not break rendering
    }
  }
}

/** Test-only: forget which warnings were given. */
export function resetWarnings(): void {
  warned.clear();
}
