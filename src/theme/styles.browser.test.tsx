import { render, screen } from '@testing-library/react';
import type { CSSProperties, ReactNode } from 'react';
import { cdp, userEvent } from 'vitest/browser';
import {
  SmartcarErrorProvider,
  useThemeRootProps,
  type ThemeRootOptions,
} from 'smartcar-error-kit';
import { injectKitStylesheet } from '../../test/helpers/injectKitStylesheet';

/** A root as a component renders it, with one shared part of each kind inside. */
function Root({ children, ...options }: ThemeRootOptions & { children?: ReactNode }) {
  return (
    <section aria-label="root" data-sek-severity="critical" {...useThemeRootProps(options)}>
      <button type="button" data-sek-button="" data-sek-variant="primary">
        Primary
      </button>
      <span className="sek-visually-hidden">hidden text</span>
      {children}
    </section>
  );
}

const root = () => screen.getByRole('region', { name: 'root' });
const primary = () => screen.getByRole('button', { name: 'Primary' });
const style = (element: Element) => getComputedStyle(element);

async function emulate(feature: 'prefers-color-scheme' | 'prefers-reduced-motion', value: string) {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: feature, value }] });
}

let removeStyles: () => void = () => {};
beforeAll(async () => {
  removeStyles = await injectKitStylesheet();
});
afterAll(() => removeStyles());
afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('styles.css in Chromium', () => {
  describe('palettes', () => {
    it('paints the light palette by default', () => {
      render(<Root />);
      expect(style(root()).backgroundColor).toBe('rgb(253, 237, 237)');
      expect(style(root()).color).toBe('rgb(110, 17, 17)');
      expect(style(primary()).backgroundColor).toBe('rgb(11, 87, 208)');
      expect(style(primary()).color).toBe('rgb(255, 255, 255)');
    });

    it('paints the dark palette when asked', () => {
      render(<Root colorScheme="dark" />);
      expect(style(root()).backgroundColor).toBe('rgb(61, 21, 23)');
      expect(style(primary()).backgroundColor).toBe('rgb(138, 180, 248)');
      expect(style(root()).colorScheme).toBe('dark');
    });

    it('follows prefers-color-scheme with the system scheme', async () => {
      render(<Root colorScheme="system" />);
      await emulate('prefers-color-scheme', 'light');
      expect(style(root()).backgroundColor).toBe('rgb(253, 237, 237)');
      await emulate('prefers-color-scheme', 'dark');
      expect(style(root()).backgroundColor).toBe('rgb(61, 21, 23)');
    });

    it('keeps an explicit light scheme light on a dark system', async () => {
      await emulate('prefers-color-scheme', 'dark');
      render(<Root colorScheme="light" />);
      expect(style(root()).backgroundColor).toBe('rgb(253, 237, 237)');
    });
  });

  describe('tokens', () => {
    it('applies the theme prop over the provider theme', () => {
      render(
        <SmartcarErrorProvider
          theme={{ accent: 'rgb(1, 2, 3)', critical: { text: 'rgb(4, 5, 6)' } }}
        >
          <Root theme={{ critical: { background: '#000000' } }} />
        </SmartcarErrorProvider>,
      );
      expect(style(root()).backgroundColor).toBe('rgb(0, 0, 0)');
      expect(style(root()).color).toBe('rgb(4, 5, 6)');
      expect(style(primary()).backgroundColor).toBe('rgb(1, 2, 3)');
    });

    it('picks up tokens a host sets on an ancestor, in both schemes', () => {
      render(
        <div style={{ '--sek-accent': 'rgb(7, 8, 9)' } as CSSProperties}>
          <Root />
          <Root colorScheme="dark">
            <button type="button" data-sek-button="" data-sek-variant="primary">
              Dark primary
            </button>
          </Root>
        </div>,
      );
      expect(style(screen.getAllByRole('button', { name: 'Primary' })[0]!).backgroundColor).toBe(
        'rgb(7, 8, 9)',
      );
      expect(style(screen.getByRole('button', { name: 'Dark primary' })).backgroundColor).toBe(
        'rgb(7, 8, 9)',
      );
    });
  });

  describe('zero specificity', () => {
    it('loses to any host rule, even one loaded before the kit, without !important', () => {
      const host = document.createElement('style');
      host.textContent =
        '.host-look { background-color: rgb(9, 9, 9); } .host-look button { font-weight: 300; }';
      document.head.prepend(host);
      onTestFinished(() => host.remove());
      render(<Root className="host-look" />);
      expect(style(root()).backgroundColor).toBe('rgb(9, 9, 9)');
      expect(style(primary()).fontWeight).toBe('300');
    });
  });

  describe('unstyled', () => {
    it('drops the look of the root and of every part inside it', () => {
      render(<Root unstyled />);
      const plain = document.createElement('button');
      document.body.append(plain);
      onTestFinished(() => plain.remove());
      expect(style(root()).backgroundColor).toBe('rgba(0, 0, 0, 0)');
      for (const property of [
        'backgroundColor',
        'fontWeight',
        'borderRadius',
        'paddingInlineStart',
      ] as const) {
        expect(style(primary())[property]).toBe(style(plain)[property]);
      }
    });

    it('still hides visually hidden text', () => {
      render(<Root unstyled />);
      const hidden = screen.getByText('hidden text');
      expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1);
      expect(style(hidden).position).toBe('absolute');
    });
  });

  describe('focus and motion', () => {
    it('draws an accent focus ring on keyboard focus', async () => {
      render(<Root />);
      await userEvent.tab();
      expect(primary()).toHaveFocus();
      expect(style(primary()).outlineStyle).toBe('solid');
      expect(style(primary()).outlineColor).toBe('rgb(11, 87, 208)');
    });

    it('turns transitions off under prefers-reduced-motion', async () => {
      render(<Root />);
      expect(style(primary()).transitionProperty).toBe('background-color, box-shadow');
      await emulate('prefers-reduced-motion', 'reduce');
      expect(style(primary()).transitionProperty).toBe('none');
      expect(style(primary()).animationName).toBe('none');
    });
  });
});
