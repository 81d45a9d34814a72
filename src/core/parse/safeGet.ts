/**
 * Reads `target[key]` without ever throwing (throwing getters, revoked Proxies, Proxy traps).
 * Returns `undefined` for non-objects and on any failure. Inherited properties are read too,
 * because `Error#name` lives on the prototype.
 */
export function safeGet(target: unknown, key: string): unknown {
  if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
    return undefined;
  }
  try {
    return (target as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** `Array.isArray` that answers `false` instead of throwing (a revoked Proxy throws). */
export function safeIsArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * `value instanceof ctor` that answers `false` instead of throwing: when `ctor` is missing or not
 * a constructor, or `value` is a Proxy whose trap throws (a primitive is never an instance).
 */
export function safeInstanceOf(value: unknown, ctor: unknown): boolean {
  try {
    return value instanceof (ctor as new (...args: never[]) => unknown);
  } catch {
    return false;
  }
}

/** An array's length, or 0 when it cannot be read (a Proxy whose `get` trap throws). */
export function safeLength(value: readonly unknown[]): number {
  const length = safeGet(value, 'length');
  return typeof length === 'number' && length > 0 ? length : 0;
}
