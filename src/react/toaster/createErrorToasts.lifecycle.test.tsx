/**
 * Issue 18, problems 1 and 2 for toasts: a RESOLVED failure ends the toast of the same failure
 * (it is never worded as a failure), and an input with several failures shows each one.
 */
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  createErrorToasts,
  parseSmartcarError,
  SmartcarErrorProvider,
  toErrorDisplay,
  useErrorToasts,
} from 'smartcar-error-kit';
import type { ErrorToastStore } from 'smartcar-error-kit';
import resolvedEvent from '../../testing/smartcar/payloads/WEBHOOK__VEHICLE_ERROR__2.json';
import severalEvent from '../../testing/smartcar/payloads/WEBHOOK4__VEHICLE_ERROR__SEVERAL__1.json';

type WebhookItem = Record<string, unknown>;

/** The documented RESOLVED event with its item's state (and wording) set to `state`. */
function unreachable(state: 'ERROR' | 'RESOLVED', eventId: string) {
  const [item] = resolvedEvent.data.errors as WebhookItem[];
  return {
    ...resolvedEvent,
    eventId,
    data: {
      ...resolvedEvent.data,
      errors: [
        {
          ...item,
          state,
          description:
            state === 'ERROR' ? 'The vehicle is unreachable.' : 'The vehicle is now reachable.',
        },
      ],
    },
  };
}
const UNREACHABLE_ERROR = unreachable('ERROR', 'e-1');
const UNREACHABLE_RESOLVED = resolvedEvent;

/**
 * Issue 18's VEHICLE_ERROR event: VEHICLE_NOT_CAPABLE, then the AUTHENTICATION_FAILED that needs
 * "Reconnect".
 */
const TWO_FAILURES = severalEvent;

const flush = () => act(async () => {});

/** The store, rendered by a provider, and the hook below it: both `show`s are tested. */
function setup(): { store: ErrorToastStore; hook: () => ErrorToastStore['show'] } {
  const store = createErrorToasts();
  const { result } = renderHook(() => useErrorToasts(), {
    wrapper: ({ children }: { children: ReactNode }) => (
      <SmartcarErrorProvider appName="Volt" toasts={store}>
        {children}
      </SmartcarErrorProvider>
    ),
  });
  return { store, hook: () => result.current.show };
}

const titles = (store: ErrorToastStore) =>
  store.getSnapshot().visible.map((item) => item.display.title);

describe('Regression: a RESOLVED failure was shown as an active failure (issue 18, problem 1)', () => {
  it.each(['store', 'hook'] as const)(
    'ends the toast of the same failure and shows nothing else (%s)',
    async (via) => {
      const { store, hook } = setup();
      const show = via === 'store' ? store.show : hook();
      let shown = '';
      act(() => {
        shown = show(UNREACHABLE_ERROR);
      });
      await flush();
      expect(store.getSnapshot().visible).toHaveLength(1);
      let ended = 'not called';
      act(() => {
        ended = show(UNREACHABLE_RESOLVED);
      });
      await flush();
      expect(ended).toBe(shown);
      expect(store.getSnapshot().visible).toHaveLength(0);
      expect(store.getSnapshot().queuedCount).toBe(0);
    },
  );

  it('shows nothing and returns "" for a RESOLVED failure without a toast', async () => {
    const { store } = setup();
    let ended = 'not called';
    act(() => {
      ended = store.show(UNREACHABLE_RESOLVED);
    });
    await flush();
    expect(ended).toBe('');
    expect(store.getSnapshot().visible).toHaveLength(0);
  });

  it('ends only the toast of that vehicle, type and code', async () => {
    const { store } = setup();
    const otherCar = {
      ...UNREACHABLE_ERROR,
      vehicleId: 'another-car',
      data: {
        ...UNREACHABLE_ERROR.data,
        vehicle: { ...resolvedEvent.data.vehicle, id: 'another-car' },
      },
    };
    act(() => {
      store.show(otherCar);
      store.show(TWO_FAILURES);
      store.show(UNREACHABLE_RESOLVED);
    });
    await flush();
    expect(store.getSnapshot().visible).toHaveLength(3);
    store.dismissAll();
  });

  it('ends the toast when given the RESOLVED failure as a display (toErrorDisplay)', async () => {
    const { store } = setup();
    let ended = 'not called';
    act(() => {
      const shown = store.show(UNREACHABLE_ERROR);
      ended = store.show(toErrorDisplay(parseSmartcarError(UNREACHABLE_RESOLVED)));
      expect(ended).toBe(shown);
    });
    await flush();
    expect(store.getSnapshot().visible).toHaveLength(0);
  });

  it('resolves a failure shown before any provider rendered the store', async () => {
    const store = createErrorToasts();
    store.show(UNREACHABLE_ERROR);
    store.show(UNREACHABLE_RESOLVED);
    renderHook(() => null, {
      wrapper: ({ children }: { children: ReactNode }) => (
        <SmartcarErrorProvider toasts={store}>{children}</SmartcarErrorProvider>
      ),
    });
    await flush();
    expect(store.getSnapshot().visible).toHaveLength(0);
  });
});

describe('Regression: every failure after the first was lost (issue 18, problem 2)', () => {
  it.each(['store', 'hook'] as const)('shows each failure of one event (%s)', async (via) => {
    const { store, hook } = setup();
    const show = via === 'store' ? store.show : hook();
    let first = '';
    act(() => {
      first = show(TWO_FAILURES);
    });
    await flush();
    const { visible } = store.getSnapshot();
    expect(visible).toHaveLength(2);
    // the return value is the id of the first failure's toast
    expect(first).toBe(visible[0]?.id);
    expect(visible[1]?.display.actions.map((action) => action.kind)).toContain('reconnect');
    store.dismissAll();
  });

  it('shows the ERRORs and ends the RESOLVEDs of one event', async () => {
    const { store } = setup();
    const mixed = {
      ...TWO_FAILURES,
      data: {
        ...TWO_FAILURES.data,
        errors: [
          ...(UNREACHABLE_RESOLVED.data.errors as WebhookItem[]),
          ...(TWO_FAILURES.data.errors as WebhookItem[]),
        ],
      },
    };
    act(() => {
      store.show(UNREACHABLE_ERROR);
    });
    let first = '';
    act(() => {
      first = store.show(mixed);
    });
    await flush();
    expect(store.getSnapshot().visible).toHaveLength(2);
    expect(titles(store)).not.toContain(undefined);
    expect(first).not.toBe('');
    store.dismissAll();
  });

  it('gives a caller’s id to the first toast only, so the others are not overwritten', async () => {
    const { store } = setup();
    let first = '';
    act(() => {
      first = store.show(TWO_FAILURES, { id: 'fleet-event' });
    });
    await flush();
    expect(first).toBe('fleet-event');
    expect(store.getSnapshot().visible.map((item) => item.id)[0]).toBe('fleet-event');
    expect(store.getSnapshot().visible).toHaveLength(2);
    store.dismissAll();
  });
});
