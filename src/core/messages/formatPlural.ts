import { formatTemplate, type TemplateValues } from './formatTemplate';
import type { PluralText } from './LocalePack';

/** Locales whose plural rules and number format were built; past this many, built each time. */
const MAX_CACHED_LOCALES = 32;
const FORMATS = /* @__PURE__ */ new Map<string, readonly [Intl.PluralRules, Intl.NumberFormat]>();

function formatsFor(locale: string): readonly [Intl.PluralRules, Intl.NumberFormat] {
  let formats = FORMATS.get(locale);
  if (formats === undefined) {
    try {
      formats = [new Intl.PluralRules(locale), new Intl.NumberFormat(locale)];
    } catch {
      // A tag Intl refuses (the pack's tag is the app's text): English rules, not a throw.
      formats = [new Intl.PluralRules('en'), new Intl.NumberFormat('en')];
    }
    if (FORMATS.size < MAX_CACHED_LOCALES) FORMATS.set(locale, formats);
  }
  return formats;
}

/**
 * The text of `text` for `count` in `locale`'s plural category (else `other`), with `{count}`
 * written in the locale's number format ("1,000") and any other `values` filled in. Never throws.
 */
export function formatPlural(
  text: PluralText,
  count: number,
  locale: string,
  values?: TemplateValues,
): string {
  const [rules, numbers] = formatsFor(locale);
  const template = text[rules.select(count)] ?? text.other;
  return formatTemplate(template, { ...values, count: numbers.format(count) });
}
