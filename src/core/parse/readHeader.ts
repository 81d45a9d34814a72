import { safeGet, safeInstanceOf, safeIsArray, safeItems } from './safeGet';
import { MAX_HEADERS } from './limits';

function headerText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  // Node's IncomingHttpHeaders may hold string[] for repeated headers: the first one counts.
  if (safeIsArray(value)) return headerText(safeGet(value, '0'));
  return null;
}

function fromPairs(pairs: readonly unknown[], name: string): string | null {
  for (const pair of safeItems(pairs, MAX_HEADERS)) {
    const key = safeGet(pair, '0');
    if (typeof key === 'string' && key.toLowerCase() === name)
      return headerText(safeGet(pair, '1'));
  }
  return null;
}

function fromSource(source: unknown, name: string): string | null {
  if (source === null || typeof source !== 'object') return null;
  try {
    if (safeInstanceOf(source, globalThis.Map)) {
      const pairs: unknown[] = [];
      for (const pair of (source as Map<unknown, unknown>).entries()) {
        if (pairs.push(pair) >= MAX_HEADERS) break;
      }
      return fromPairs(pairs, name);
    }
    const get = safeGet(source, 'get');
    if (typeof get === 'function') {
      // Headers (any realm or polyfill): `get` is case-insensitive and joins repeats.
      return headerText((get as (key: string) => unknown).call(source, name));
    }
    if (safeIsArray(source)) return fromPairs(source, name);
    const keys = Object.keys(source);
    const count = Math.min(keys.length, MAX_HEADERS);
    for (let i = 0; i < count; i += 1) {
      const key = keys[i] as string;
      if (key.toLowerCase() === name) return headerText(safeGet(source, key));
    }
  } catch {
    // a hostile headers object answers nothing
  }
  return null;
}

/**
 * The first value of header `name` (lower case) found in `sources`, in order: each may be a
 * `Headers`, a `Map`, an array of `[name, value]` pairs or a record, in any letter case.
 * Never throws.
 */
export function readHeader(sources: readonly unknown[], name: string): string | null {
  for (const source of sources) {
    const value = fromSource(source, name);
    if (value !== null) return value;
  }
  return null;
}
