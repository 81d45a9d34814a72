/**
 * Which locale pack a story shows, for the decorator and for play functions: play functions look
 * their expected text up in the pack rather than repeating English, so the same story test runs
 * in every toolbar mode (Arabic in the right-to-left modes).
 */
import { resolveLocalePack, type CompleteLocalePack } from 'smartcar-error-kit/core';
import { OPT_IN_LOCALE_PACKS } from '../test/fixtures/localePacks';

/** Every locale pack the kit ships, so the toolbar's locale switch works in every story. */
export const ALL_LOCALES = OPT_IN_LOCALE_PACKS;

/** Toolbar locale "Automatic": English left to right, Arabic right to left. */
export const AUTO_LOCALE = 'auto';

/** The locale the toolbar globals ask for: the chosen one, or Arabic when right to left. */
export function globalLocale(globals: Readonly<Record<string, unknown>>): string {
  const locale = typeof globals['locale'] === 'string' ? globals['locale'] : AUTO_LOCALE;
  if (locale !== AUTO_LOCALE) return locale;
  return globals['direction'] === 'rtl' ? 'ar' : 'en';
}

interface StoryLocaleContext {
  readonly globals: Readonly<Record<string, unknown>>;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly args?: Readonly<Record<string, unknown>>;
}

/**
 * The pack a story's kit text comes from: the story's own `args.locale`, else its
 * `parameters.kit.locale`, else the toolbar's (see `globalLocale`).
 */
export function storyPack(context: StoryLocaleContext): CompleteLocalePack {
  const kit = (context.parameters['kit'] ?? {}) as Record<string, unknown>;
  const own = context.args?.['locale'] ?? kit['locale'];
  const locale = typeof own === 'string' && own !== '' ? own : globalLocale(context.globals);
  // Every pack in ALL_LOCALES, and the English fallback, is complete.
  return resolveLocalePack(locale, ALL_LOCALES) as CompleteLocalePack;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for a filled template: its literal text, each `{token}` as any text, any space as
 * any whitespace (Testing Library's text matchers turn a no-break space into a plain one).
 */
export function templatePattern(template: string, flags = ''): RegExp {
  const literal = (part: string) => escape(part).replace(/\s+/g, '\\s+');
  return new RegExp(
    template
      .split(/\{\w+\}/)
      .map(literal)
      .join('.+'),
    flags,
  );
}

/** A pattern that finds any of `texts` anywhere (any case), e.g. a label within a longer name. */
export function containing(...texts: readonly string[]): RegExp {
  return new RegExp(texts.map(escape).join('|'), 'i');
}

/** A pattern for a name that starts with `text` followed by `rest` (a pattern source). */
export function startingWith(text: string, rest = ''): RegExp {
  return new RegExp(`^${escape(text)}${rest}`);
}
