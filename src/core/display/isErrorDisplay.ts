import { isSmartcarErrorJSON } from '../parse/SmartcarError';
import type { ErrorDisplay } from './ErrorDisplay';

const SEVERITIES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['critical', 'warning', 'info']);
const POLITENESS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['assertive', 'polite']);

/**
 * True for a display model made by `toErrorDisplay` (or one shaped like it), also after a copy
 * (`structuredClone`, JSON, a server→client prop): its `error` is the plain `toJSON()` form.
 * Never throws.
 */
export function isErrorDisplay(value: unknown): value is ErrorDisplay {
  try {
    if (typeof value !== 'object' || value === null) return false;
    const display = value as Record<string, unknown>;
    return (
      typeof display['key'] === 'string' &&
      typeof display['title'] === 'string' &&
      typeof display['messageText'] === 'string' &&
      typeof display['persistent'] === 'boolean' &&
      typeof display['type'] === 'string' &&
      SEVERITIES.has(display['severity']) &&
      POLITENESS.has(display['politeness']) &&
      Array.isArray(display['message']) &&
      Array.isArray(display['actions']) &&
      isSmartcarErrorJSON(display['error'])
    );
  } catch {
    return false;
  }
}
