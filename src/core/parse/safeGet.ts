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

/**
 * The first `max` items of `value` when it is an array, read one by one without ever throwing
 * (a Proxy's length or item that throws reads as 0 or `undefined`); `[]` for anything else. The
 * one way the parser walks a list, so every list it reads is bounded.
 */
export function safeItems(value: unknown, max: number): unknown[] {
  const items: unknown[] = [];
  if (!safeIsArray(value)) return items;
  const length = safeGet(value, 'length');
  const count = typeof length === 'number' && length > 0 ? Math.min(length, max) : 0;
  for (let i = 0; i < count; i += 1) items.push(safeGet(value, String(i)));
  return items;
}
