import type { UiStrings } from '../messages/LocalePack';
import type { SmartcarErrorDetailItem } from '../parse/SmartcarError';
import type { ErrorDetailView } from './ErrorDisplay';
import { nonBlank } from '../internal/nonBlank';

/** Unit after a battery capacity (no-break space, same symbol in every supported language). */
const CAPACITY_UNIT = '\u00A0kWh';
/** Formatters kept per locale; past this many tags, new ones are not cached. */
const MAX_CACHED_FORMATTERS = 16;
const FORMATTERS = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

function numberFormat(locales: readonly (string | null)[]): Intl.NumberFormat {
  // English last, through the same cache: a fresh Intl.NumberFormat per call showed up as the
  // top cost of a 1000-error burst in the benchmark's CPU profile.
  for (const locale of [...locales, 'en']) {
    if (locale === null) continue;
    const cached = FORMATTERS.get(locale);
    if (cached !== undefined) return cached;
    try {
      const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      if (FORMATTERS.size < MAX_CACHED_FORMATTERS) FORMATTERS.set(locale, format);
      return format;
    } catch {
      // an invalid tag: try the next one
    }
  }
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
}

const field = (value: unknown): string =>
  Array.isArray(value)
    ? value.filter((part) => typeof part === 'string' || typeof part === 'number').join('.')
    : typeof value === 'string'
      ? value
      : '';

/**
 * The API's `detail` as a labelled list of short strings: battery capacities formatted for the
 * locale ("83.9 kWh"), invalid fields as "field: message", any other item's `message`. Values
 * stay plain text. `null` when there is nothing to show.
 */
export function toDetailView(
  detail: readonly SmartcarErrorDetailItem[] | null,
  ui: UiStrings,
  locale: string | null,
  packLocale: string,
): ErrorDetailView | null {
  if (!Array.isArray(detail) || detail.length === 0) return null;
  const capacities: string[] = [];
  let format: Intl.NumberFormat | undefined;
  const messages: string[] = [];
  let fields = false;
  for (const item of detail as readonly unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { capacities: values, field: name, message } = item as Record<string, unknown>;
    if (Array.isArray(values)) {
      for (const value of values) {
        if (typeof value === 'number' && Number.isFinite(value)) {
          format ??= numberFormat([locale, packLocale]);
          capacities.push(format.format(value) + CAPACITY_UNIT);
        }
      }
    }
    const text = nonBlank(message);
    if (text !== null) {
      const prefix = field(name);
      fields ||= prefix !== '';
      messages.push(prefix === '' ? text : `${prefix}: ${text}`);
    }
  }
  if (capacities.length > 0) return { label: ui.detailCapacities, items: capacities };
  if (messages.length > 0)
    return { label: fields ? ui.detailFields : ui.detailOther, items: messages };
  return null;
}
