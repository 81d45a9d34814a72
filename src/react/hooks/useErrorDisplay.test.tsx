import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  SmartcarErrorProvider,
  parseSmartcarError,
  toErrorDisplay,
  useErrorDisplay,
  type DisplayOptions,
  type SmartcarErrorConfig,
} from 'smartcar-error-kit';
import { isErrorDisplay } from '../../core/display/isErrorDisplay';
import fr from 'smartcar-error-kit/locales/fr';
import de from 'smartcar-error-kit/locales/de';
import { fixtureByName } from '../../../test/fixtures/smartcar';

const server = fixtureByName('SERVER__INTERNAL__1');
const rateLimit = fixtureByName('RATE_LIMIT__VEHICLE__1');
/** Its message names the app in every locale. */
const auth = fixtureByName('AUTHENTICATION__NULL__1');

function withProvider(...configs: SmartcarErrorConfig[]) {
  return ({ children }: { children: ReactNode }) =>
    configs.reduceRight<ReactNode>(
      (inner, config) => <SmartcarErrorProvider {...config}>{inner}</SmartcarErrorProvider>,
      children,
    );
}

function displayOf(input: unknown, options?: DisplayOptions, ...providers: SmartcarErrorConfig[]) {
  return renderHook(() => useErrorDisplay(input, options), { wrapper: withProvider(...providers) })
    .result.current;
}

beforeEach(() => {
  // Renders without appName warn once in development; that is toErrorDisplay's business.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('useErrorDisplay', () => {
  describe('input', () => {
    it('parses a response body', () => {
      expect(displayOf(server.json)).toEqual(toErrorDisplay(parseSmartcarError(server.json)));
    });

    it('parses the raw JSON text', () => {
      const display = displayOf(server.text, { appName: 'Volt' });
      expect(display.error.type).toBe('SERVER');
      expect(display.error.code).toBe('INTERNAL');
      expect(display.messageText).toBe(
        'Your car is temporarily unable to connect to Volt. Please be patient while we’re working to resolve this issue.',
      );
    });

    it('takes a SmartcarError without parsing it again', () => {
      const error = parseSmartcarError(server.json);
      const display = displayOf(error, { appName: 'Volt' });
      expect(display.error).toStrictEqual(error.toJSON());
      expect(display).toEqual(toErrorDisplay(error, { appName: 'Volt' }));
    });

    it('returns an ErrorDisplay as is, whatever the provider says', () => {
      const display = toErrorDisplay(parseSmartcarError(server.json), { appName: 'Volt' });
      expect(displayOf(display, { appName: 'Other' }, { appName: 'Provider', locale: 'fr' })).toBe(
        display,
      );
    });

    it.each([
      ['undefined', undefined],
      ['null', null],
      ['an empty string', ''],
      ['HTML', '<html><body>502 Bad Gateway</body></html>'],
      ['a number', 42],
      ['a symbol', Symbol('x')],
      ['a bigint', 10n],
      [
        'a circular object',
        (() => {
          const o: Record<string, unknown> = { type: 'SERVER' };
          o['self'] = o;
          return o;
        })(),
      ],
      [
        'a proxy that throws on every trap',
        new Proxy(
          {},
          {
            get() {
              throw new Error('boom');
            },
            has() {
              throw new Error('boom');
            },
            ownKeys() {
              throw new Error('boom');
            },
            getPrototypeOf() {
              throw new Error('boom');
            },
          },
        ),
      ],
    ])('never throws on hostile input: %s', (_label, input) => {
      expect(isErrorDisplay(displayOf(input))).toBe(true);
    });

    it('never throws on hostile options', () => {
      const options = new Proxy({} as DisplayOptions, {
        get() {
          throw new Error('boom');
        },
      });
      const display = displayOf(server.json, options, { appName: 'Volt' });
      expect(display.messageText).toContain('Volt');
    });
  });

  describe('provider and options', () => {
    it('uses the provider’s app name, locale and locale packs', () => {
      const display = displayOf(auth.json, undefined, {
        appName: 'Volt',
        locale: 'fr-CA',
        locales: [fr, de],
      });
      expect(display.locale).toBe('fr');
      expect(display.title).toBe(
        toErrorDisplay(parseSmartcarError(auth.json), { locale: 'fr', locales: [fr] }).title,
      );
      expect(display.messageText).toContain('Volt');
    });

    it('falls back to English without packs, whatever the locale', () => {
      expect(displayOf(auth.json, undefined, { locale: 'de' }).locale).toBe('en');
    });

    it('lets options win over the provider', () => {
      const display = displayOf(
        auth.json,
        { appName: 'Option app', locale: 'de', locales: [de] },
        { appName: 'Provider app', locale: 'fr', locales: [fr] },
      );
      expect(display.locale).toBe('de');
      expect(display.messageText).toContain('Option app');
      expect(display.messageText).not.toContain('Provider app');
    });

    it('merges message and action overrides key by key, options winning', () => {
      const display = displayOf(
        server.json,
        { messages: { SERVER: { title: 'Option title' } }, actions: { SERVER: ['dismiss'] } },
        {
          messages: { SERVER: { title: 'Provider title', message: 'Provider message' } },
          actions: { SERVER: ['contact-support'] },
        },
      );
      expect(display.title).toBe('Option title');
      expect(display.actions.map((a) => a.kind)).toEqual(['dismiss']);

      const fromProvider = displayOf(
        server.json,
        { messages: { 'RATE_LIMIT.VEHICLE': { title: 'Other error' } } },
        { messages: { SERVER: { title: 'Provider title' } } },
      );
      expect(fromProvider.title).toBe('Provider title');
    });

    it('follows the precedence options › nearest provider › outer provider › defaults', () => {
      const outer = { appName: 'Outer', locale: 'fr', locales: [fr, de] };
      const inner = { appName: 'Inner' };
      expect(displayOf(auth.json, undefined, outer, inner).messageText).toContain('Inner');
      expect(displayOf(auth.json, undefined, outer, inner).locale).toBe('fr');
      expect(displayOf(auth.json, { locale: 'de' }, outer, inner).locale).toBe('de');
      expect(displayOf(auth.json, undefined).locale).toBe('en');
    });

    it('passes vehicleName and now through', () => {
      const error = parseSmartcarError(rateLimit.json, { headers: { 'Retry-After': '30' } });
      const display = displayOf(error, { vehicleName: 'Model 3', now: 1_000 });
      expect(display).toEqual(toErrorDisplay(error, { vehicleName: 'Model 3', now: 1_000 }));
      expect(display.retryAt).toBe(31_000);
    });
  });

  describe('memoisation', () => {
    it('returns the same display across re-renders, even with inline options', () => {
      const input = server.json;
      const { result, rerender } = renderHook(() => useErrorDisplay(input, { appName: 'Volt' }), {
        wrapper: withProvider({ locale: 'en' }),
      });
      const first = result.current;
      rerender();
      expect(result.current).toBe(first);
    });

    it('recomputes when the input changes', () => {
      const { result, rerender } = renderHook(({ input }) => useErrorDisplay(input), {
        initialProps: { input: server.json },
      });
      rerender({ input: rateLimit.json });
      expect(result.current.error.type).toBe('RATE_LIMIT');
    });
  });

  describe('retryAt anchoring', () => {
    const parseWith = (requestId: string, retryAfter = '30') =>
      parseSmartcarError(
        { ...(rateLimit.json as object), requestId },
        {
          headers: { 'Retry-After': retryAfter },
        },
      );

    it('keeps the first retryAt when the same error arrives again as a new object', () => {
      vi.useFakeTimers({ now: 1_000_000 });
      const { result, rerender } = renderHook(({ input }) => useErrorDisplay(input), {
        initialProps: { input: parseWith('req-1') },
      });
      expect(result.current.retryAt).toBe(1_030_000);
      act(() => vi.advanceTimersByTime(5_000));
      rerender({ input: parseWith('req-1') });
      expect(result.current.retryAt).toBe(1_030_000);
    });

    it('takes a new retryAt for a new response or a new wait', () => {
      vi.useFakeTimers({ now: 1_000_000 });
      const { result, rerender } = renderHook(({ input }) => useErrorDisplay(input), {
        initialProps: { input: parseWith('req-1') },
      });
      act(() => vi.advanceTimersByTime(5_000));
      rerender({ input: parseWith('req-2') });
      expect(result.current.retryAt).toBe(1_035_000);
      act(() => vi.advanceTimersByTime(5_000));
      rerender({ input: parseWith('req-2', '60') });
      expect(result.current.retryAt).toBe(1_070_000);
    });

    it('does not anchor when the caller controls the clock', () => {
      const { result, rerender } = renderHook(
        ({ now }) => useErrorDisplay(parseWith('r'), { now }),
        {
          initialProps: { now: 0 },
        },
      );
      expect(result.current.retryAt).toBe(30_000);
      rerender({ now: 10_000 });
      expect(result.current.retryAt).toBe(40_000);
    });
  });
});
