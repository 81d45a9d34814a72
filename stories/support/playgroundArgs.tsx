/**
 * Controls shared by the components' Playground stories: any documented error (a select built
 * from the catalogue fixtures), locale, colour scheme, direction, `unstyled` and one control per
 * theme token. `withPlaygroundKit` applies the story-level direction; `themeFromArgs` turns the
 * token controls into a `theme` prop.
 */
import type { ArgTypes, Decorator } from '@storybook/react-vite';
import type { Args } from 'storybook/internal/types';
import { CATALOGUE_GROUPS, DOCUMENTED_ERRORS } from './documentedErrors';
import { THEME_TOKENS, type TokenArgName } from './themeTokens';
import { LOCALE_TAGS } from '../../test/fixtures/localePacks';

/** Args every Playground adds to its component's props. */
export interface PlaygroundExtras {
  /** Text direction of this story; blank follows the toolbar. */
  readonly direction?: 'ltr' | 'rtl' | undefined;
  /** Theme tokens, one control each (`tokenAccent`, `tokenCriticalBackground`, …). */
  readonly [token: TokenArgName]: string | undefined;
}

const LOCALES = LOCALE_TAGS;

/** Select of every documented error, by group, type and code; the value is the parsed error. */
export function errorArgType(description: string): ArgTypes[string] {
  return {
    description,
    options: DOCUMENTED_ERRORS.map((item) => item.id),
    mapping: Object.fromEntries(DOCUMENTED_ERRORS.map((item) => [item.id, item.error])),
    control: {
      type: 'select',
      labels: Object.fromEntries(
        DOCUMENTED_ERRORS.map((item) => [
          item.id,
          `${CATALOGUE_GROUPS[item.group]} · ${item.label}${item.group === 'batch' || item.group === 'webhook' ? ` (${item.source})` : ''}`,
        ]),
      ),
    },
    table: { category: 'Error' },
  };
}

/** Locale, colour scheme, direction and `unstyled`. */
export const kitArgTypes: ArgTypes = {
  locale: {
    description: 'Language of the wording. Unset follows the toolbar (the provider’s locale).',
    options: LOCALES,
    control: 'select',
    table: { category: 'Wording' },
  },
  colorScheme: {
    description: '`light`, `dark` or `system`. Unset follows the toolbar (the provider’s).',
    options: ['light', 'dark', 'system'],
    control: 'select',
    table: { category: 'Look' },
  },
  direction: {
    description:
      'Text direction around the component (a story control, not a prop). Unset follows the toolbar.',
    options: ['ltr', 'rtl'],
    control: 'inline-radio',
    table: { category: 'Look' },
  },
  unstyled: {
    description: 'Drop the kit’s look, keep behaviour and accessibility.',
    control: 'boolean',
    table: { category: 'Look' },
  },
  appName: { control: 'text', table: { category: 'Wording' } },
  vehicleName: { control: 'text', table: { category: 'Wording' } },
};

/** One text control per theme token (colours get a colour picker through preview's matcher). */
export const themeTokenArgTypes: ArgTypes = Object.fromEntries(
  THEME_TOKENS.map((row) => [
    row.argName,
    {
      name: row.argName,
      description: `${row.description} Sets \`${row.cssVar}\` (theme.${row.path}).`,
      control: 'text',
      table: { category: 'Theme tokens' },
    },
  ]),
);

/** Token args and `direction` are story controls, not component props. */
export const playgroundOnlyArgs: readonly string[] = [
  'direction',
  ...THEME_TOKENS.map((row) => row.argName),
];

/** Splits Playground args into the component's props and the story-only extras. */
export function componentArgs<T extends object>(args: T): T {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) {
    if (!playgroundOnlyArgs.includes(key)) props[key] = value;
  }
  return props as T;
}

/** Wraps a Playground in `dir` when its `direction` control is set. */
export function withPlaygroundDirection<TArgs extends Args>(
  ...[Story, context]: Parameters<Decorator<TArgs>>
): ReturnType<Decorator<TArgs>> {
  const direction = (context.args as PlaygroundExtras).direction;
  return direction === undefined ? (
    <Story />
  ) : (
    <div dir={direction}>
      <Story />
    </div>
  );
}
