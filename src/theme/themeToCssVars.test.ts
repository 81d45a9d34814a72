import { resetWarnings } from '../core/internal/dev';
import type { SmartcarErrorTheme } from './SmartcarErrorTheme';
import { mergeThemes, themeToCssVars } from './themeToCssVars';

describe('themeToCssVars', () => {
  beforeEach(() => {
    resetWarnings();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns no variables without a theme', () => {
    expect(themeToCssVars()).toEqual({});
    expect(themeToCssVars({})).toEqual({});
  });

  it('maps every token to its --sek-* custom property', () => {
    const theme: SmartcarErrorTheme = {
      accent: '#6200ee',
      radius: '4px',
      fontFamily: "'Inter', sans-serif",
      fontSize: '15px',
      spacing: '6px',
      shadow: '0 1px 2px rgb(0 0 0 / 0.2)',
      zIndex: 50,
      critical: { background: '#fff0f0', border: '#b00020', text: '#5c0010', icon: '#b00020' },
      warning: { background: 'lemonchiffon' },
      info: { icon: 'hsl(210 80% 40%)' },
    };
    expect(themeToCssVars(theme)).toEqual({
      '--sek-accent': '#6200ee',
      '--sek-radius': '4px',
      '--sek-font-family': "'Inter', sans-serif",
      '--sek-font-size': '15px',
      '--sek-spacing': '6px',
      '--sek-shadow': '0 1px 2px rgb(0 0 0 / 0.2)',
      '--sek-z-index': '50',
      '--sek-critical-background': '#fff0f0',
      '--sek-critical-border': '#b00020',
      '--sek-critical-text': '#5c0010',
      '--sek-critical-icon': '#b00020',
      '--sek-warning-background': 'lemonchiffon',
      '--sek-info-icon': 'hsl(210 80% 40%)',
    });
  });

  it('accepts a string zIndex and trims values', () => {
    expect(themeToCssVars({ zIndex: ' 9999 ', accent: '  red ' })).toEqual({
      '--sek-z-index': '9999',
      '--sek-accent': 'red',
    });
  });

  it('ignores unknown keys, blank values and values of the wrong type', () => {
    const theme = {
      accent: '',
      radius: '   ',
      colour: 'red',
      fontSize: 14,
      zIndex: Number.NaN,
      critical: 'red',
      warning: { background: 42, glow: 'red' },
      info: null,
    } as unknown as SmartcarErrorTheme;
    expect(themeToCssVars(theme)).toEqual({});
    expect(themeToCssVars({ zIndex: Infinity })).toEqual({});
  });

  it.each([
    ['a semicolon', 'red; background: url(https://evil.example/x.png)'],
    ['a closing brace', 'red } body { display: none'],
    ['an opening brace', 'red { }'],
    ['url()', 'url(https://evil.example/track.png)'],
    ['URL() in capitals', 'URL(https://evil.example/track.png)'],
    ['image-set()', "image-set('https://evil.example/x.png' 1x)"],
    ['-webkit-image-set()', "-webkit-image-set('https://evil.example/x.png' 1x)"],
    ['a CSS escape', '\\75 rl(https://evil.example/x.png)'],
    ['a comment', 'red /* } */'],
    ['markup', '</style><script>alert(1)</script>'],
    ['@import', "@import 'https://evil.example/x.css'"],
    ['an expression()', 'expression(alert(1))'],
  ])('drops a value containing %s and warns once in development', (_label, value) => {
    const vars = themeToCssVars({
      accent: value,
      shadow: value,
      critical: { background: value, text: '#111' },
    });
    expect(vars).toEqual({ '--sek-critical-text': '#111' });
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringContaining('theme value for --sek-accent was ignored'),
    );
  });

  it('drops absurdly long values', () => {
    expect(themeToCssVars({ fontFamily: 'a, '.repeat(400) })).toEqual({});
  });

  it('never throws, even on hostile objects', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    ) as SmartcarErrorTheme;
    expect(themeToCssVars(throwing)).toEqual({});
    expect(themeToCssVars({ critical: throwing as never, accent: 'red' })).toEqual({
      '--sek-accent': 'red',
    });
    expect(themeToCssVars(42 as never)).toEqual({});
    expect(themeToCssVars(null as never)).toEqual({});
  });
});

describe('mergeThemes', () => {
  it('lets the second theme win token by token, severity groups included', () => {
    const provider: SmartcarErrorTheme = {
      accent: 'blue',
      radius: '4px',
      critical: { background: 'pink', text: 'maroon' },
    };
    const component: SmartcarErrorTheme = { accent: 'green', critical: { text: 'black' } };
    expect(mergeThemes(provider, component)).toEqual({
      accent: 'green',
      radius: '4px',
      critical: { background: 'pink', text: 'black' },
    });
  });

  it('returns the other theme when one is missing', () => {
    const theme: SmartcarErrorTheme = { accent: 'red' };
    expect(mergeThemes(undefined, theme)).toBe(theme);
    expect(mergeThemes(theme, undefined)).toBe(theme);
    expect(mergeThemes(undefined, undefined)).toBeUndefined();
  });

  it('keeps only known tokens and survives throwing getters', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    ) as SmartcarErrorTheme;
    expect(mergeThemes({ accent: 'red', extra: 1 } as SmartcarErrorTheme, hostile)).toEqual({
      accent: 'red',
    });
  });
});
