/**
 * The boundary for displays that did not come out of toErrorDisplay here (issue 11: validate
 * once): a clean copy is kept as is, a hand-built one with junk is made renderable once, and the
 * components trust what comes out.
 */
import { parseSmartcarError, toErrorDisplay } from 'smartcar-error-kit/core';
import { makeComponentDisplay } from '../../../test/fixtures/componentDisplays';
import { fixtureByName } from '../../../test/fixtures/smartcar';
import type { ErrorDisplay } from './ErrorDisplay';
import { isTrusted, readDisplay } from './readDisplay';

const options = { appName: 'Volt', locale: 'en', now: 1_700_000_000_000 } as const;

describe('readDisplay', () => {
  it('returns a display toErrorDisplay made, and a clean copy of one, as the same object', () => {
    const display = toErrorDisplay(
      parseSmartcarError(fixtureByName('RATE_LIMIT__VEHICLE__1').json),
      options,
    );
    expect(isTrusted(display)).toBe(true);
    expect(readDisplay(display)).toBe(display);
    const copy = structuredClone(display);
    expect(isTrusted(copy)).toBe(false);
    expect(readDisplay(copy)).toBe(copy);
    expect(isTrusted(copy)).toBe(true);
  });

  it('returns null for anything that is not display-shaped', () => {
    for (const value of [null, undefined, 'x', 1, {}, [], { key: 'K' }, parseSmartcarError({})]) {
      expect(readDisplay(value)).toBeNull();
    }
  });

  it('leaves out what cannot be rendered, once, and drops non-http(s) URLs', () => {
    const junk = {
      ...makeComponentDisplay(),
      message: [
        { kind: 'text', text: 'Hello ' },
        { kind: 'text', text: { html: '<b>' } },
        { kind: 'link', text: 'here', url: 'javascript:alert(1)', action: 'explode' },
        { kind: 'image', text: 'nope' },
        null,
      ],
      actions: [
        { kind: 'reconnect', label: 'Reconnect', url: 'javascript:alert(2)' },
        { kind: 'open-url', label: 'Open', url: 'https://example.com/fix' },
        { kind: 'retry', label: '   ' },
        { kind: 'launch', label: 'Launch' },
        'retry',
      ],
      detail: { label: 'Fields', items: ['vin', 7, { x: 1 }] },
      retryAt: Number.NaN,
      requestId: 42,
      docURL: 'data:text/html,<script>',
      locale: { tag: 'fr' },
      code: ['X'],
      statusCode: Number.POSITIVE_INFINITY,
      description: {},
      retryAfterSeconds: '30',
    } as unknown as ErrorDisplay;
    const read = readDisplay(junk);
    expect(read).not.toBe(junk);
    expect(read).toMatchObject({
      message: [
        { kind: 'text', text: 'Hello ' },
        { kind: 'link', text: 'here', url: undefined, action: undefined },
      ],
      actions: [
        { kind: 'reconnect', label: 'Reconnect', url: undefined },
        { kind: 'open-url', label: 'Open', url: 'https://example.com/fix' },
      ],
      detail: { label: 'Fields', items: ['vin'] },
      retryAt: null,
      requestId: null,
      docURL: null,
      locale: 'en',
      code: null,
      statusCode: null,
      description: null,
      retryAfterSeconds: null,
    });
    expect(readDisplay(junk)).toBe(read);
    expect(toErrorDisplay(junk)).toBe(read);
    expect(toErrorDisplay(read)).toBe(read);
  });

  it('treats a display whose fields throw when read as no display: the input is read as an error', () => {
    const display = makeComponentDisplay();
    const throwing = Object.defineProperty({ ...display }, 'actions', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(readDisplay(throwing)).toBeNull();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const resolved = toErrorDisplay(throwing);
    expect(Object.is(resolved, throwing)).toBe(false);
    expect(isTrusted(resolved)).toBe(true);
    expect(resolved.actions.length).toBeGreaterThan(0);
    vi.restoreAllMocks();
  });
});
