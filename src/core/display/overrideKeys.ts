import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import type { SmartcarError } from '../parse/SmartcarError';

/**
 * The override keys for an error, most specific first: `'TYPE.CODE'` then `'TYPE'` (Connect:
 * `'CONNECT.<error>'` then `'CONNECT'`). A documented type or code is spelled as documented, so
 * overrides match whatever case the API sent.
 */
export function overrideKeys(error: SmartcarError, entry: CatalogueEntry): readonly string[] {
  const type = entry.type.toUpperCase() === error.type.toUpperCase() ? entry.type : error.type;
  const code = entry.code ?? error.code;
  return code === null ? [type] : [`${type}.${code}`, type];
}

/** The first override (by `keys` order) that is an own property of `overrides`, or undefined. */
export function findOverride<T>(
  overrides: Readonly<Record<string, T>> | undefined,
  keys: readonly string[],
  accept: (value: T) => boolean = () => true,
): T | undefined {
  if (typeof overrides !== 'object' || overrides === null) return undefined;
  for (const key of keys) {
    if (Object.hasOwn(overrides, key)) {
      const value = overrides[key] as T;
      if (accept(value)) return value;
    }
  }
  return undefined;
}
