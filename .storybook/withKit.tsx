import type { Decorator } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { SmartcarErrorProvider } from 'smartcar-error-kit';
import type { ErrorAction, ErrorDisplay, SmartcarVehicleInfo } from 'smartcar-error-kit';
import { action } from 'storybook/actions';
import { ALL_LOCALES, globalLocale } from './storyLocale';

type Scheme = 'light' | 'dark';

/**
 * The app's handlers in every story: they log to the Actions panel (a story's own handler props
 * replace them), so no action is a dead end and the kit's missing-handler warnings stay quiet.
 */
const HANDLERS = {
  onRetry: (display: ErrorDisplay, vehicles: readonly SmartcarVehicleInfo[]) =>
    action('provider onRetry')(display.key, vehicles),
  onReconnect: (display: ErrorDisplay, vehicles: readonly SmartcarVehicleInfo[]) =>
    action('provider onReconnect')(display.key, vehicles),
  onAction: (taken: ErrorAction, display: ErrorDisplay) =>
    action('provider onAction')(taken.kind, display.key),
};

interface PaneProps {
  readonly scheme: Scheme;
  readonly dir: string;
  /** Language of the kit's text in the pane (the story's own captions stay English). */
  readonly lang: string;
  /** Fill the window (story view); docs pages embed stories at their natural height. */
  readonly fill: boolean;
  readonly children: ReactNode;
}

function Pane({ scheme, dir, lang, fill, children }: PaneProps) {
  return (
    <div
      dir={dir}
      lang={lang}
      data-sek-story-pane={scheme}
      style={{
        colorScheme: scheme,
        background: scheme === 'dark' ? '#0d1117' : '#ffffff',
        color: scheme === 'dark' ? '#e6edf3' : '#1f2328',
        // The page's own text (story headings, captions); the kit sets its own font.
        fontFamily: 'system-ui, sans-serif',
        padding: '1rem',
        minHeight: fill ? '100vh' : undefined,
        boxSizing: 'border-box',
      }}
    >
      {children}
    </div>
  );
}

/**
 * Applies the toolbar globals to every story: colour scheme (light, dark, or both side by side),
 * text direction and locale (right to left shows Arabic unless a locale is chosen), through the
 * kit's own provider. A story can set its own provider
 * props with `parameters.kit` (e.g. `{ appName: 'VoltPark' }`), and opt out of the side-by-side
 * duplication with `parameters.kit.single = true` (toasts are fixed to the viewport).
 */
export const withKit: Decorator = (Story, context) => {
  const { colorScheme = 'light', direction = 'ltr' } = context.globals as Record<string, string>;
  // "Automatic" (the default): Arabic right to left, English left to right.
  const locale = globalLocale(context.globals);
  const kit = (context.parameters.kit ?? {}) as Record<string, unknown> & { single?: boolean };
  const { single, ...providerProps } = kit;
  const render = (scheme: Scheme) => (
    <SmartcarErrorProvider
      appName="VoltPark"
      locale={locale}
      locales={ALL_LOCALES}
      colorScheme={scheme}
      {...HANDLERS}
      {...providerProps}
    >
      <Pane
        scheme={scheme}
        dir={direction}
        lang={typeof providerProps['locale'] === 'string' ? providerProps['locale'] : locale}
        fill={context.viewMode !== 'docs'}
      >
        <Story />
      </Pane>
    </SmartcarErrorProvider>
  );
  if (colorScheme === 'side-by-side' && !single) {
    return (
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr' }}>
        {render('light')}
        {render('dark')}
      </div>
    );
  }
  return render(colorScheme === 'dark' ? 'dark' : 'light');
};
