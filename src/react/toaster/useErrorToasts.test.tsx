import { act, render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import {
  ErrorToaster,
  SmartcarErrorProvider,
  ToastQueue,
  parseSmartcarError,
  toErrorDisplay,
  useErrorToasts,
} from 'smartcar-error-kit';
import { ToastQueueProvider } from './ToastQueueProvider';
import { isErrorDisplay } from '../../core/display/isErrorDisplay';
import { makeDisplay } from '../../../test/fixtures/toastDisplays';

const ASLEEP = {
  type: 'VEHICLE_STATE',
  code: 'ASLEEP',
  description: 'The vehicle is asleep.',
  docURL: 'https://smartcar.com/docs/errors/api-errors/vehicle-state-errors#asleep',
  statusCode: 409,
  requestId: 'req-asleep',
  resolution: { type: 'RETRY_LATER' },
  suggestedUserMessage: 'Your car is asleep.',
};

function withProvider(props: Record<string, unknown> = {}) {
  return ({ children }: { children: ReactNode }) => (
    <SmartcarErrorProvider {...props}>{children}</SmartcarErrorProvider>
  );
}

describe('useErrorToasts without a provider', () => {
  it('throws an error that names the provider and shows the fix', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useErrorToasts())).toThrow(/SmartcarErrorProvider/);
    expect(() => render(<ErrorToaster />)).toThrow(/Wrap your app/);
    spy.mockRestore();
  });
});

describe('useErrorToasts: show', () => {
  it('accepts a raw API body, a SmartcarError and an ErrorDisplay', async () => {
    const { result } = renderHook(() => useErrorToasts(), { wrapper: withProvider() });
    const error = parseSmartcarError(ASLEEP);
    const display = makeDisplay({ key: 'hand-made', title: 'Hand made' });
    await act(async () => {
      result.current.show(ASLEEP);
      result.current.show(error);
      result.current.show(display);
    });
    const { visible } = result.current.toasts;
    // the body and the parsed error are the same error: they coalesce
    expect(visible).toHaveLength(2);
    expect(visible[0]?.count).toBe(2);
    expect(visible[0]?.display.key).toBe(toErrorDisplay(error).key);
    expect(visible[1]?.display).toBe(display);
    expect(isErrorDisplay(visible[0]?.display)).toBe(true);
  });

  it('words the toast with the provider’s config, overridden by the options', async () => {
    const messages = { 'VEHICLE_STATE.ASLEEP': { title: 'Provider title {app}' } };
    const { result } = renderHook(() => useErrorToasts(), {
      wrapper: withProvider({ appName: 'Fleet', messages }),
    });
    await act(async () => {
      result.current.show(ASLEEP);
    });
    expect(result.current.toasts.visible[0]?.display.title).toBe(
      toErrorDisplay(parseSmartcarError(ASLEEP), { appName: 'Fleet', messages }).title,
    );
    const own = { 'VEHICLE_STATE.ASLEEP': { title: 'Own title' } };
    await act(async () => {
      result.current.dismissAll();
      result.current.show(ASLEEP, { messages: own, vehicleName: 'Model 3' });
    });
    expect(result.current.toasts.visible[0]?.display.title).toBe('Own title');
  });

  it('passes id, duration and persistent to the queue', async () => {
    const { result } = renderHook(() => useErrorToasts(), { wrapper: withProvider() });
    let id = '';
    await act(async () => {
      id = result.current.show(ASLEEP, { id: 'asleep', persistent: true });
    });
    expect(id).toBe('asleep');
    expect(result.current.toasts.visible[0]?.duration).toBe(Number.POSITIVE_INFINITY);
  });

  it('never throws, whatever it is given', async () => {
    const { result } = renderHook(() => useErrorToasts(), { wrapper: withProvider() });
    const hostile = {
      get type() {
        throw new Error('getter');
      },
    };
    const circular: Record<string, unknown> = { error: 'x' };
    circular['self'] = circular;
    await act(async () => {
      for (const input of [undefined, null, 42, 'plain text', hostile, circular, new Error('x')]) {
        expect(() => result.current.show(input)).not.toThrow();
      }
      expect(() => result.current.show(ASLEEP, null as never)).not.toThrow();
    });
    expect(result.current.toasts.visible.length).toBeGreaterThan(0);
  });

  it('updates and dismisses by id', async () => {
    const { result } = renderHook(() => useErrorToasts(), { wrapper: withProvider() });
    let id = '';
    await act(async () => {
      id = result.current.show(ASLEEP);
    });
    await act(async () => {
      expect(result.current.update(id, makeDisplay({ key: 'other', title: 'Updated' }))).toBe(true);
    });
    expect(result.current.toasts.visible[0]?.display.title).toBe('Updated');
    await act(async () => result.current.dismiss(id));
    expect(result.current.toasts.visible).toHaveLength(0);
  });
});

describe('useErrorToasts: identities and isolation', () => {
  it('keeps its functions’ identity across renders and config changes', () => {
    let appName = 'One';
    const { result, rerender } = renderHook(() => useErrorToasts(), {
      wrapper: ({ children }) => (
        <SmartcarErrorProvider appName={appName}>{children}</SmartcarErrorProvider>
      ),
    });
    const first = result.current;
    appName = 'Two';
    rerender();
    expect(result.current.show).toBe(first.show);
    expect(result.current.update).toBe(first.update);
    expect(result.current.dismiss).toBe(first.dismiss);
    expect(result.current.dismissAll).toBe(first.dismissAll);
  });

  it('gives each provider its own queue', async () => {
    const a = renderHook(() => useErrorToasts(), { wrapper: withProvider() });
    const b = renderHook(() => useErrorToasts(), { wrapper: withProvider() });
    await act(async () => {
      a.result.current.show(ASLEEP);
    });
    expect(a.result.current.toasts.visible).toHaveLength(1);
    expect(b.result.current.toasts.visible).toHaveLength(0);
  });
});

describe('useErrorToasts: re-renders', () => {
  it('does not re-render a component that only shows toasts when the toasts change', async () => {
    let showerRenders = 0;
    let readerRenders = 0;
    let show: ((input: unknown) => string) | null = null;
    function Shower() {
      showerRenders += 1;
      ({ show } = useErrorToasts());
      return null;
    }
    function Reader() {
      readerRenders += 1;
      return <p>{useErrorToasts().toasts.visible.length} toasts</p>;
    }
    const { container } = render(
      <SmartcarErrorProvider appName="Volt">
        <Shower />
        <Reader />
      </SmartcarErrorProvider>,
    );
    expect([showerRenders, readerRenders]).toEqual([1, 1]);
    await act(async () => {
      show?.(ASLEEP);
      show?.(makeDisplay({ key: 'other' }));
    });
    await act(async () => {
      show?.(ASLEEP);
    });
    expect(container.textContent).toBe('2 toasts');
    expect(showerRenders).toBe(1);
    // one batched render per burst for the component that reads `toasts`
    expect(readerRenders).toBe(3);
  });

  it('subscribes once `toasts` is read, even when first read after the toasts changed', async () => {
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders += 1;
        return useErrorToasts();
      },
      { wrapper: withProvider({ appName: 'Volt' }) },
    );
    await act(async () => {
      result.current.show(ASLEEP);
    });
    expect(renders).toBe(1);
    expect(result.current.toasts.visible).toHaveLength(1);
    await act(async () => {
      result.current.show(makeDisplay({ key: 'other' }));
    });
    expect(renders).toBe(2);
    expect(result.current.toasts.visible).toHaveLength(2);
  });
});

describe('ToastQueueProvider', () => {
  it('destroys its own queue on unmount', async () => {
    const { result, unmount } = renderHook(() => useErrorToasts(), {
      wrapper: ({ children }) => <ToastQueueProvider>{children}</ToastQueueProvider>,
    });
    let id = '';
    await act(async () => {
      id = result.current.show(makeDisplay({ key: 'a' }));
      result.current.show(makeDisplay({ key: 'b' }));
    });
    const api = result.current;
    expect(api.toasts.visible).toHaveLength(2);
    expect(api.update(id, makeDisplay({ key: 'a' }))).toBe(true);
    unmount();
    // destroyed: the toast it held is gone
    expect(api.update(id, makeDisplay({ key: 'a' }))).toBe(false);
  });

  it('survives StrictMode’s effect replay', async () => {
    const { result } = renderHook(() => useErrorToasts(), {
      wrapper: ({ children }) => (
        <StrictMode>
          <ToastQueueProvider>{children}</ToastQueueProvider>
        </StrictMode>
      ),
    });
    let id = '';
    await act(async () => {
      id = result.current.show(makeDisplay());
    });
    expect(result.current.toasts.visible).toHaveLength(1);
    // still subscribed after the replay: a dismissal reaches the hook
    await act(async () => result.current.dismiss(id));
    expect(result.current.toasts.visible).toHaveLength(0);
  });

  it('uses a given queue and leaves it to its owner', async () => {
    const queue = new ToastQueue();
    const { result, unmount } = renderHook(() => useErrorToasts(), {
      wrapper: ({ children }) => <ToastQueueProvider queue={queue}>{children}</ToastQueueProvider>,
    });
    await act(async () => {
      result.current.show(makeDisplay());
    });
    expect(queue.getSnapshot().visible).toHaveLength(1);
    unmount();
    expect(queue.debugCounts()).toMatchObject({ items: 1, listeners: 0 });
    queue.destroy();
  });
});

describe('ErrorToaster options', () => {
  it('passes maxQueued to the queue, and a later value trims the waiting line', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const queue = new ToastQueue();
    const tree = (maxQueued: number) => (
      <SmartcarErrorProvider>
        <ToastQueueProvider queue={queue}>
          <ErrorToaster maxVisible={1} maxQueued={maxQueued} />
        </ToastQueueProvider>
      </SmartcarErrorProvider>
    );
    const { rerender, unmount } = render(tree(5));
    await act(async () => {
      for (let n = 0; n < 20; n += 1) queue.add(makeDisplay({ key: `K${n}` }));
    });
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 5, dropped: 14 });
    expect(queue.getSnapshot().visible).toHaveLength(1);
    rerender(tree(2));
    expect(queue.getSnapshot()).toMatchObject({ queuedCount: 2, dropped: 17 });
    unmount();
    queue.destroy();
    warn.mockRestore();
  });
});

describe('ErrorToaster on the server', () => {
  it('renders nothing, even with toasts queued', () => {
    const queue = new ToastQueue();
    queue.add(makeDisplay());
    const html = renderToString(
      <SmartcarErrorProvider>
        <ToastQueueProvider queue={queue}>
          <p>app</p>
          <ErrorToaster />
        </ToastQueueProvider>
      </SmartcarErrorProvider>,
    );
    expect(html).toBe('<p>app</p>');
    queue.destroy();
  });
});
