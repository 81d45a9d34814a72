import { act, render, renderHook, screen } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import {
  createErrorToasts,
  ErrorToaster,
  SmartcarErrorProvider,
  useErrorToasts,
} from 'smartcar-error-kit';
import type { ErrorToastStore, MessageOverrides } from 'smartcar-error-kit';
import { makeDisplay } from '../../../test/fixtures/toastDisplays';
import { isTrusted } from '../../core/display/readDisplay';

const ASLEEP = {
  type: 'VEHICLE_STATE',
  code: 'ASLEEP',
  description: 'The vehicle is asleep.',
  statusCode: 409,
  requestId: 'req-asleep',
  resolution: { type: 'RETRY_LATER' },
};
const UNREACHABLE = { ...ASLEEP, code: 'UNREACHABLE', requestId: 'req-unreachable' };

const OUTER: MessageOverrides = { VEHICLE_STATE: { title: 'Outer wording' } };
const INNER: MessageOverrides = { VEHICLE_STATE: { title: 'Inner wording' } };

/** Let the queue's batched (microtask) notification reach React. */
async function flush(): Promise<void> {
  await act(async () => {});
}

function titles(store: ErrorToastStore): string[] {
  return store.getSnapshot().visible.map((item) => item.display.title);
}

describe('createErrorToasts', () => {
  it('returns independent stores: a toast shown in one is not in the other', async () => {
    const a = createErrorToasts();
    const b = createErrorToasts();
    render(
      <>
        <SmartcarErrorProvider toasts={a}>
          <ErrorToaster />
        </SmartcarErrorProvider>
        <SmartcarErrorProvider toasts={b}>
          <ErrorToaster />
        </SmartcarErrorProvider>
      </>,
    );
    act(() => {
      a.show(ASLEEP);
    });
    await flush();
    expect(a.getSnapshot().visible).toHaveLength(1);
    expect(b.getSnapshot().visible).toHaveLength(0);
    a.dismissAll();
  });

  it('starts no timer of its own: Radix counts the durations of the toasts it renders', () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const store = createErrorToasts();
    const id = store.show(ASLEEP);
    const other = store.show(makeDisplay({ key: 'other' }));
    expect(other).not.toBe(id);
    store.dismiss(id);
    store.dismissAll();
    expect(setTimeoutSpy).not.toHaveBeenCalled();
    setTimeoutSpy.mockRestore();
  });

  it('is what useErrorToasts() returns below the provider that renders it', async () => {
    const store = createErrorToasts();
    const { result } = renderHook(() => useErrorToasts(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <SmartcarErrorProvider toasts={store}>{children}</SmartcarErrorProvider>
      ),
    });
    act(() => {
      store.show(ASLEEP);
    });
    await flush();
    expect(result.current.toasts.visible).toHaveLength(1);
    // One implementation: the hook hands out the store's own functions.
    expect(result.current.show).toBe(store.show);
    expect(result.current.update).toBe(store.update);
    let id = '';
    act(() => {
      id = result.current.show(UNREACHABLE);
    });
    await flush();
    expect(store.getSnapshot().visible.map((item) => item.id)).toContain(id);
    act(() => result.current.dismissAll());
    await flush();
    expect(store.getSnapshot().visible).toHaveLength(0);
  });

  it("words a toast shown from outside React with the rendering provider's config", async () => {
    const store = createErrorToasts();
    render(
      <SmartcarErrorProvider toasts={store} appName="Volt" messages={OUTER}>
        <SmartcarErrorProvider messages={INNER}>
          <ErrorToaster />
        </SmartcarErrorProvider>
      </SmartcarErrorProvider>,
    );
    act(() => {
      store.show(ASLEEP);
    });
    await flush();
    expect(titles(store)).toEqual(['Outer wording']);
    expect(await screen.findByText('Outer wording')).toBeInTheDocument();
    store.dismissAll();
  });

  it('holds toasts shown before any provider renders it, and shows them once one mounts', async () => {
    const store = createErrorToasts();
    const early = store.show(ASLEEP);
    const dropped = store.show(UNREACHABLE);
    store.dismiss(dropped);
    expect(store.update(early, ASLEEP, { messages: { VEHICLE_STATE: { title: 'Updated' } } })).toBe(
      true,
    );
    expect(store.getSnapshot().visible).toHaveLength(0);
    render(
      <SmartcarErrorProvider toasts={store} messages={OUTER}>
        <ErrorToaster />
      </SmartcarErrorProvider>,
    );
    await flush();
    const { visible } = store.getSnapshot();
    expect(visible.map((item) => [item.id, item.display.title])).toEqual([[early, 'Updated']]);
    expect(await screen.findByText('Updated')).toBeInTheDocument();
    store.dismissAll();
  });

  it('keeps showing into the same queue when its provider remounts (StrictMode too)', async () => {
    const store = createErrorToasts();
    const tree = (
      <StrictMode>
        <SmartcarErrorProvider toasts={store} messages={OUTER}>
          <ErrorToaster />
        </SmartcarErrorProvider>
      </StrictMode>
    );
    const first = render(tree);
    act(() => {
      store.show(ASLEEP);
    });
    first.unmount();
    // Unrendered again: a new show waits for the next provider.
    store.show(UNREACHABLE);
    render(tree);
    await flush();
    expect(titles(store)).toEqual(['Outer wording', 'Outer wording']);
    store.dismissAll();
  });

  it('ignores a `toasts` value it did not make (the provider uses a store of its own)', async () => {
    const fake = { show: () => 'x' } as unknown as ErrorToastStore;
    const { result } = renderHook(() => useErrorToasts(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <SmartcarErrorProvider toasts={fake}>{children}</SmartcarErrorProvider>
      ),
    });
    act(() => {
      result.current.show(ASLEEP);
    });
    await flush();
    expect(result.current.toasts.visible).toHaveLength(1);
    act(() => result.current.dismissAll());
  });
});

describe('nested providers and the toast store', () => {
  it("share the outer provider's toasts: the app's toaster shows a nested subtree's toasts", async () => {
    let inner: ReturnType<typeof useErrorToasts> | null = null;
    function InnerPage() {
      inner = useErrorToasts();
      return null;
    }
    render(
      <SmartcarErrorProvider messages={OUTER}>
        <SmartcarErrorProvider messages={INNER}>
          <InnerPage />
        </SmartcarErrorProvider>
        <ErrorToaster />
      </SmartcarErrorProvider>,
    );
    act(() => {
      inner?.show(ASLEEP);
    });
    // Worded by the nearest (inner) provider, shown by the outer toaster.
    expect(await screen.findByText('Inner wording')).toBeInTheDocument();
    act(() => inner?.dismissAll());
  });

  it('a nested provider given its own store keeps its toasts apart', async () => {
    const app = createErrorToasts();
    const panel = createErrorToasts();
    let inPanel: ReturnType<typeof useErrorToasts> | null = null;
    function Panel() {
      inPanel = useErrorToasts();
      return null;
    }
    render(
      <SmartcarErrorProvider toasts={app} messages={OUTER}>
        <SmartcarErrorProvider toasts={panel} messages={INNER}>
          <Panel />
        </SmartcarErrorProvider>
      </SmartcarErrorProvider>,
    );
    act(() => {
      inPanel?.show(ASLEEP);
      panel.show(UNREACHABLE);
      app.show(ASLEEP);
    });
    await flush();
    expect(titles(panel)).toEqual(['Inner wording', 'Inner wording']);
    expect(titles(app)).toEqual(['Outer wording']);
    app.dismissAll();
    panel.dismissAll();
  });

  it('counts repeats of one failure up on one toast holding the latest request id', async () => {
    const store = createErrorToasts();
    render(
      <SmartcarErrorProvider toasts={store} appName="Volt">
        <ErrorToaster />
      </SmartcarErrorProvider>,
    );
    act(() => {
      for (let n = 1; n <= 1000; n += 1) store.show({ ...UNREACHABLE, requestId: `req-${n}` });
    });
    await flush();
    const [item] = store.getSnapshot().visible;
    expect(store.getSnapshot().visible).toHaveLength(1);
    expect(item!.count).toBe(1000);
    expect(item!.display.requestId).toBe('req-1000');
    expect(item!.display.error.requestId).toBe('req-1000');
    act(() => store.dismissAll());
  });
});

/**
 * The one trust boundary (SPEC 11, issue 19): the queue is internal and trusts its displays, so
 * the store's `show` and `update` are the only doors, and what they hand the queue has been read
 * once by `toErrorDisplay` (a hand-made display through `readDisplay`, anything else parsed).
 */
describe('a hand-made bad display given to the store', () => {
  const junk = () =>
    ({
      ...makeDisplay({ key: 'HAND.MADE' }),
      message: [null, { kind: 'text', text: 'ok' }, { kind: 'text', text: { evil: 1 } }],
      actions: [{ kind: 'nope', label: 'x' }, { kind: 'retry', label: '   ' }, 7],
      retryAt: 'soon',
      requestId: { id: 1 },
      locale: 42,
      detail: { label: 'L', items: ['a', { b: 1 }] },
    }) as unknown;

  function mounted() {
    const store = createErrorToasts();
    render(
      <SmartcarErrorProvider toasts={store}>
        <ErrorToaster />
      </SmartcarErrorProvider>,
    );
    return store;
  }

  it('is read once at show: the queue holds the read display, and a repeat the same object', async () => {
    const store = mounted();
    const given = junk();
    act(() => {
      store.show(given);
      store.show(given);
    });
    await flush();
    const [item] = store.getSnapshot().visible;
    expect(item?.count).toBe(2);
    expect(item?.display).not.toBe(given);
    expect(isTrusted(item?.display)).toBe(true);
    expect(item?.display).toMatchObject({
      key: 'HAND.MADE',
      message: [{ kind: 'text', text: 'ok' }],
      actions: [],
      retryAt: null,
      requestId: null,
      locale: 'en',
      detail: { label: 'L', items: ['a'] },
    });
    expect(item?.duration).toBe(5000);
    expect(await screen.findByText('ok')).toBeInTheDocument();
    store.dismissAll();
  });

  it('is read once at update too', async () => {
    const store = mounted();
    let id = '';
    act(() => {
      id = store.show(ASLEEP);
    });
    act(() => {
      expect(store.update(id, junk())).toBe(true);
    });
    await flush();
    const [item] = store.getSnapshot().visible;
    expect(isTrusted(item?.display)).toBe(true);
    expect(item?.display).toMatchObject({ key: 'HAND.MADE', actions: [], locale: 'en' });
    store.dismissAll();
  });

  it('whatever show is given (fast-check), the queue holds only displays read at the boundary', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createErrorToasts();
    render(<SmartcarErrorProvider appName="Volt" toasts={store} />);
    const junk = fc.anything({ withBigInt: true, withMap: true, withSet: true });
    const fields = ['message', 'actions', 'retryAt', 'requestId', 'detail', 'locale', 'docURL'];
    const displayShaped = fc
      .dictionary(fc.constantFrom(...fields), junk)
      .map((given) => ({ ...makeDisplay({ key: 'FUZZ' }), ...given }));
    fc.assert(
      fc.property(fc.oneof(junk, displayShaped), (input) => {
        expect(() => store.show(input)).not.toThrow();
        for (const item of store.getSnapshot().visible) {
          expect(isTrusted(item.display)).toBe(true);
          expect(Number.isNaN(item.duration)).toBe(false);
        }
        store.dismissAll();
      }),
      { numRuns: 300 },
    );
    warn.mockRestore();
  });

  it('anything not display-shaped (no key, not an object, throwing) shows the generic toast', async () => {
    const store = mounted();
    const throwing = Object.defineProperty({ ...makeDisplay() }, 'key', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const hostileOptions = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    act(() => {
      for (const input of [{ title: 'x' }, null, 'text', 42, Symbol('s'), throwing]) {
        expect(() => store.show(input)).not.toThrow();
      }
      expect(() => store.show(ASLEEP, hostileOptions as never)).not.toThrow();
    });
    await flush();
    const { visible, queuedCount } = store.getSnapshot();
    for (const item of visible) expect(isTrusted(item.display)).toBe(true);
    expect(visible.length + queuedCount).toBeGreaterThan(0);
    warn.mockRestore();
    store.dismissAll();
  });
});
