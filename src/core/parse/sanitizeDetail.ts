import { cleanString } from './cleanString';
import {
  MAX_DETAIL_CHARS,
  MAX_DETAIL_DEPTH,
  MAX_DETAIL_ITEMS,
  MAX_DETAIL_KEYS,
  MAX_DETAIL_NODES,
} from './limits';
import { safeGet, safeIsArray, safeItems } from './safeGet';
import type { SmartcarErrorDetailItem } from './SmartcarError';

/** Marks a value left out of the copy (unsupported type, or a bound reached). */
const SKIP: unique symbol = Symbol('skip');

interface Budget {
  nodes: number;
  chars: number;
}

function copyString(value: string, budget: Budget): string | typeof SKIP {
  if (budget.chars <= 0) return SKIP;
  const text = cleanString(value);
  const kept = text.length > budget.chars ? text.slice(0, budget.chars) : text;
  budget.chars -= kept.length;
  return kept;
}

function copyArray(source: readonly unknown[], depth: number, budget: Budget): unknown[] {
  const out: unknown[] = [];
  for (const item of safeItems(source, MAX_DETAIL_ITEMS)) {
    const value = copyValue(item, depth, budget);
    if (value !== SKIP) out.push(value);
  }
  return out;
}

function copyObject(source: object, depth: number, budget: Budget): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let keys: string[];
  try {
    keys = Object.keys(source);
  } catch {
    return out;
  }
  const count = Math.min(keys.length, MAX_DETAIL_KEYS);
  for (let i = 0; i < count; i += 1) {
    const rawKey = keys[i] as string;
    const key = cleanString(rawKey);
    // Dropped rather than copied: `Object.assign(target, item)` downstream would set target's
    // prototype.
    if (key === '__proto__' || key.length === 0) continue;
    const value = copyValue(safeGet(source, rawKey), depth, budget);
    if (value !== SKIP) out[key] = value;
  }
  return out;
}

function copyValue(value: unknown, depth: number, budget: Budget): unknown {
  if (budget.nodes <= 0) return SKIP;
  budget.nodes -= 1;
  switch (typeof value) {
    case 'string':
      return copyString(value, budget);
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      return value;
    case 'bigint':
      return copyString(value.toString(), budget);
    case 'object': {
      if (value === null) return null;
      if (depth >= MAX_DETAIL_DEPTH) return SKIP;
      const copy = safeIsArray(value)
        ? copyArray(value, depth + 1, budget)
        : copyObject(value, depth + 1, budget);
      return Object.freeze(copy);
    }
    default:
      return SKIP;
  }
}

function toItem(value: unknown, budget: Budget): SmartcarErrorDetailItem | typeof SKIP {
  if (typeof value === 'string') {
    const message = copyString(value, budget);
    return message === SKIP ? SKIP : Object.freeze({ message });
  }
  if (value === null || typeof value !== 'object' || safeIsArray(value)) return SKIP;
  const item = copyValue(value, 0, budget);
  return item === SKIP ? SKIP : (item as SmartcarErrorDetailItem);
}

/**
 * A frozen, sanitised copy of the API's `detail`: an array of objects (a single object or a
 * string becomes a one-item array; a string item becomes `{ message }`). Strings cleaned and
 * capped, depth, size and key counts bounded, `__proto__` keys dropped, functions and symbols
 * left out. `null` when there is no usable detail. Never throws.
 */
export function sanitizeDetail(value: unknown): readonly SmartcarErrorDetailItem[] | null {
  if (value === null || value === undefined) return null;
  const budget: Budget = { nodes: MAX_DETAIL_NODES, chars: MAX_DETAIL_CHARS };
  if (!safeIsArray(value)) {
    const item = toItem(value, budget);
    return item === SKIP ? null : Object.freeze([item]);
  }
  const items: SmartcarErrorDetailItem[] = [];
  for (const entry of safeItems(value, MAX_DETAIL_ITEMS)) {
    const item = toItem(entry, budget);
    if (item !== SKIP) items.push(item);
  }
  return Object.freeze(items);
}
