import { render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, memo, useContext } from 'react';
import type { ReactNode } from 'react';
import {
  SmartcarErrorProvider,
  useSmartcarErrorConfig,
  type LocalePack,
  type SmartcarErrorConfig,
} from 'smartcar-error-kit';
import { useToastStore } from '../toaster/useErrorToasts';
import { SmartcarErrorContext } from '../SmartcarErrorContext';

const pack = (locale: string, marker: string): LocalePack =>
  ({ locale, messages: {}, ui: { appNameFallback: marker } }) as unknown as LocalePack;

function readConfig(wrapper: (props: { children: ReactNode }) => ReactNode) {
  return renderHook(() => useSmartcarErrorConfig(), { wrapper }).result.current;
}

describe('SmartcarErrorProvider', () => {
  it('hands nothing down without a provider: the kit uses its defaults', () => {
    expect(renderHook(() => useSmartcarErrorConfig()).result.current).toEqual({});
  });

  it('hands its props down', () => {
    const onRetry = vi.fn();
    const config = readConfig(({ children }) => (
      <SmartcarErrorProvider
        appName="Volt"
        locale="fr-CA"
        support={{ email: 'help@volt.example', hours: 'Mon–Fri' }}
        theme={{ accent: 'teal' }}
        colorScheme="dark"
        messages={{ SERVER: { title: 'Down' } }}
        actions={{ 'RATE_LIMIT.VEHICLE': ['dismiss'] }}
        onRetry={onRetry}
      >
        {children}
      </SmartcarErrorProvider>
    ));
    expect(config).toMatchObject({
      appName: 'Volt',
      locale: 'fr-CA',
      support: { email: 'help@volt.example', hours: 'Mon–Fri' },
      theme: { accent: 'teal' },
      colorScheme: 'dark',
      messages: { SERVER: { title: 'Down' } },
      actions: { 'RATE_LIMIT.VEHICLE': ['dismiss'] },
    });
    expect(config).not.toHaveProperty('onReconnect');
    const display = {} as never;
    config.onRetry?.(display, []);
    expect(onRetry).toHaveBeenCalledWith(display, []);
  });

  describe('nested providers', () => {
    const outerRetry = vi.fn();
    const outerAction = vi.fn();
    const innerRetry = vi.fn();
    const fr = pack('fr', 'outer fr');
    const de = pack('de', 'outer de');
    const innerFr = pack('fr', 'inner fr');

    const config = () =>
      readConfig(({ children }) => (
        <SmartcarErrorProvider
          appName="Outer"
          locale="de"
          locales={[fr, de]}
          colorScheme="dark"
          support={{ email: 'outer@example.com', phone: '+1 555 0100' }}
          theme={{ accent: 'navy', critical: { background: 'pink', text: 'maroon' } }}
          messages={{ SERVER: { title: 'Outer server' }, RATE_LIMIT: { title: 'Outer rate' } }}
          actions={{ SERVER: ['retry'] }}
          onRetry={outerRetry}
          onAction={outerAction}
        >
          <SmartcarErrorProvider
            appName="Inner"
            locales={[innerFr]}
            support={{ email: 'inner@example.com' }}
            theme={{ critical: { text: 'black' } }}
            messages={{ SERVER: { message: 'Inner server' } }}
            onRetry={innerRetry}
          >
            {children}
          </SmartcarErrorProvider>
        </SmartcarErrorProvider>
      ));

    it('lets the inner provider win and keeps what it does not set', () => {
      const merged = config();
      expect(merged.appName).toBe('Inner');
      expect(merged.locale).toBe('de');
      expect(merged.colorScheme).toBe('dark');
    });

    it('merges messages, actions and support key by key, and the theme token by token', () => {
      const merged = config();
      expect(merged.messages).toEqual({
        SERVER: { message: 'Inner server' },
        RATE_LIMIT: { title: 'Outer rate' },
      });
      expect(merged.actions).toEqual({ SERVER: ['retry'] });
      expect(merged.support).toEqual({ email: 'inner@example.com', phone: '+1 555 0100' });
      expect(merged.theme).toEqual({
        accent: 'navy',
        critical: { background: 'pink', text: 'black' },
      });
    });

    it('tries the inner locale packs first, one pack per locale', () => {
      expect(config().locales).toEqual([innerFr, de]);
    });

    it('uses the nearest handler of each kind and keeps outer ones the inner does not set', () => {
      const merged = config();
      const display = {} as never;
      merged.onRetry?.(display, []);
      merged.onAction?.({ kind: 'retry', label: 'Retry' }, display, []);
      expect(innerRetry).toHaveBeenCalledTimes(1);
      expect(outerRetry).not.toHaveBeenCalled();
      expect(outerAction).toHaveBeenCalledTimes(1);
    });

    it('never lets an unset (undefined) prop erase the outer value', () => {
      const props = { appName: undefined, support: { email: undefined } } as never;
      const merged = readConfig(({ children }) => (
        <SmartcarErrorProvider appName="Outer" support={{ email: 'a@example.com' }}>
          <SmartcarErrorProvider {...(props as SmartcarErrorConfig)}>
            {children}
          </SmartcarErrorProvider>
        </SmartcarErrorProvider>
      ));
      expect(merged.appName).toBe('Outer');
      expect(merged.support).toEqual({ email: 'a@example.com' });
    });
  });

  describe('memoised value', () => {
    const messages = { SERVER: { title: 'Down' } };

    function Consumer({ seen }: { seen: SmartcarErrorConfig[] }) {
      seen.push(useContext(SmartcarErrorContext));
      return null;
    }
    const MemoConsumer = memo(Consumer);

    it('keeps the same value across re-renders, even with inline handlers', () => {
      const seen: SmartcarErrorConfig[] = [];
      const calls: string[] = [];
      const tree = (label: string) => (
        <SmartcarErrorProvider appName="Volt" messages={messages} onRetry={() => calls.push(label)}>
          <MemoConsumer seen={seen} />
        </SmartcarErrorProvider>
      );
      const { rerender } = render(tree('first'));
      rerender(tree('second'));
      rerender(tree('third'));
      // The memoised consumer rendered once: the context value never changed.
      expect(seen).toHaveLength(1);
      // ...and the stable wrapper calls the latest inline handler.
      seen[0]!.onRetry?.({} as never, []);
      expect(calls).toEqual(['third']);
    });

    it('hands down a new value when a prop changes', () => {
      const seen: SmartcarErrorConfig[] = [];
      const { rerender } = render(
        <SmartcarErrorProvider appName="Volt">
          <MemoConsumer seen={seen} />
        </SmartcarErrorProvider>,
      );
      rerender(
        <SmartcarErrorProvider appName="Watt">
          <MemoConsumer seen={seen} />
        </SmartcarErrorProvider>,
      );
      expect(seen.map((config) => config.appName)).toEqual(['Volt', 'Watt']);
    });

    it('drops a handler when its prop goes away', () => {
      const seen: SmartcarErrorConfig[] = [];
      const { rerender } = render(
        <SmartcarErrorProvider onRetry={() => {}}>
          <Consumer seen={seen} />
        </SmartcarErrorProvider>,
      );
      rerender(
        <SmartcarErrorProvider>
          <Consumer seen={seen} />
        </SmartcarErrorProvider>,
      );
      expect(typeof seen[0]?.onRetry).toBe('function');
      expect(seen.at(-1)?.onRetry).toBeUndefined();
    });
  });

  describe('toast queue', () => {
    function QueueProbe({ onQueue }: { onQueue: (queue: unknown) => void }) {
      onQueue(useToastStore().queue);
      return null;
    }

    it("gives each top-level provider its own queue; a nested one shares the outer provider's", () => {
      const queues: unknown[] = [];
      render(
        <>
          <SmartcarErrorProvider>
            <QueueProbe onQueue={(q) => queues.push(q)} />
            <SmartcarErrorProvider locale="fr">
              <QueueProbe onQueue={(q) => queues.push(q)} />
            </SmartcarErrorProvider>
          </SmartcarErrorProvider>
          <SmartcarErrorProvider>
            <QueueProbe onQueue={(q) => queues.push(q)} />
          </SmartcarErrorProvider>
        </>,
      );
      expect(queues).toHaveLength(3);
      expect(queues[1]).toBe(queues[0]);
      expect(queues[2]).not.toBe(queues[0]);
    });

    it('keeps one queue across re-renders and in StrictMode', () => {
      const queues = new Set<unknown>();
      const tree = (
        <StrictMode>
          <SmartcarErrorProvider appName="Volt">
            <QueueProbe onQueue={(q) => queues.add(q)} />
          </SmartcarErrorProvider>
        </StrictMode>
      );
      const { rerender } = render(tree);
      rerender(tree);
      expect(queues.size).toBe(1);
    });
  });

  it('renders its children', async () => {
    const onClick = vi.fn();
    render(
      <SmartcarErrorProvider appName="Volt">
        <button type="button" onClick={onClick}>
          Inside
        </button>
      </SmartcarErrorProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Inside' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
