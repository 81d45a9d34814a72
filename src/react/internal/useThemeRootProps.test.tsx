import { render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  SmartcarErrorProvider,
  useThemeRootProps,
  type SmartcarErrorConfig,
  type ThemeRootOptions,
} from 'smartcar-error-kit';

function rootProps(options?: ThemeRootOptions, provider?: SmartcarErrorConfig) {
  const wrapper =
    provider === undefined
      ? undefined
      : ({ children }: { children: ReactNode }) => (
          <SmartcarErrorProvider {...provider}>{children}</SmartcarErrorProvider>
        );
  return renderHook(() => useThemeRootProps(options), wrapper ? { wrapper } : {}).result.current;
}

function Root(props: ThemeRootOptions) {
  return <section aria-label="root" {...useThemeRootProps(props)} />;
}

describe('useThemeRootProps', () => {
  it('defaults to the light scheme, no variables, no class, styled', () => {
    expect(rootProps()).toEqual({ style: {}, 'data-sek-color-scheme': 'light' });
  });

  it('turns the provider theme into custom properties, the component theme winning', () => {
    const props = rootProps(
      { theme: { accent: 'green', critical: { text: 'black' } } },
      { theme: { accent: 'navy', radius: '2px', critical: { background: 'pink', text: 'red' } } },
    );
    expect(props.style).toEqual({
      '--sek-accent': 'green',
      '--sek-radius': '2px',
      '--sek-critical-background': 'pink',
      '--sek-critical-text': 'black',
    });
  });

  it('takes the colour scheme from the component, else the provider, else light', () => {
    expect(
      rootProps({ colorScheme: 'system' }, { colorScheme: 'dark' })['data-sek-color-scheme'],
    ).toBe('system');
    expect(rootProps({}, { colorScheme: 'dark' })['data-sek-color-scheme']).toBe('dark');
    expect(rootProps({ colorScheme: 'sepia' as never })['data-sek-color-scheme']).toBe('light');
  });

  it('marks an unstyled root and passes the class, the direction and the style through', () => {
    const props = rootProps({
      unstyled: true,
      className: 'host-class',
      dir: 'rtl',
      theme: { accent: 'teal', radius: '3px' },
      style: { '--sek-radius': '9px', marginBlock: '4px' } as never,
    });
    expect(props).toEqual({
      className: 'host-class',
      dir: 'rtl',
      'data-sek-unstyled': '',
      'data-sek-color-scheme': 'light',
      style: { '--sek-accent': 'teal', '--sek-radius': '9px', marginBlock: '4px' },
    });
    expect(rootProps({ unstyled: false })).not.toHaveProperty('data-sek-unstyled');
    expect(rootProps({ dir: 'sideways' as never })).not.toHaveProperty('dir');
  });

  it('sets the custom properties on the element', () => {
    const { getByRole } = render(
      <Root theme={{ accent: '#123456', zIndex: 7 }} colorScheme="dark" />,
    );
    const root = getByRole('region', { name: 'root' });
    expect(root.style.getPropertyValue('--sek-accent')).toBe('#123456');
    expect(root.style.getPropertyValue('--sek-z-index')).toBe('7');
    expect(root).toHaveAttribute('data-sek-color-scheme', 'dark');
    expect(root).not.toHaveAttribute('data-sek-unstyled');
  });

  it('keeps a hostile theme out of server-rendered markup', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderToString(
      <Root
        theme={{
          accent: 'red;background-image:url(https://evil.example/t.png)',
          radius: '4px}</style><script>alert(1)</script>',
          critical: { background: 'url(https://evil.example/x.png)' },
          shadow: '0 0 1px black',
        }}
      />,
    );
    expect(html).not.toMatch(/url\(|<script|evil/);
    expect(html).toContain('--sek-shadow:0 0 1px black');
    warn.mockRestore();
  });

  it('returns the same style object while nothing changes', () => {
    const theme = { accent: 'teal' };
    const { result, rerender } = renderHook(() => useThemeRootProps({ theme }));
    const first = result.current.style;
    rerender();
    expect(result.current.style).toBe(first);
  });
});
