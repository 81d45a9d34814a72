'use client';
/**
 * Internal: the kit's one emitter of `SmartcarErrorEvent`s. `SmartcarErrorProvider` renders a
 * `KitEventsScope` with its `onEvent`; every component calls `useKitEvents()` and emits through
 * it. Without an `onEvent` anywhere above, emitting does nothing (no event is even built). A
 * throwing `onEvent` is reported, never rethrown into the kit or the host app.
 */
import { useLatest } from './useLatest';
import { createContext, useContext, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import type {
  SmartcarErrorEvent,
  SmartcarErrorEventName,
  SmartcarErrorEventSurface,
} from '../../core/events/SmartcarErrorEvent';
import {
  toSmartcarErrorEvent,
  type SmartcarErrorEventExtras,
} from '../../core/events/toSmartcarErrorEvent';
import { safely } from './runAction';

/** Emits one event about `source` (a display, a `SmartcarError`, …). */
export type KitEmit = (
  name: SmartcarErrorEventName,
  surface: SmartcarErrorEventSurface,
  source: unknown,
  extras?: SmartcarErrorEventExtras,
) => void;

const NO_EVENTS: KitEmit = () => {};

const KitEventsContext = createContext<KitEmit>(NO_EVENTS);

/** Props of `SmartcarErrorProvider` about events. */
export interface SmartcarErrorEventProps {
  /**
   * Called once for each thing a person saw or did (a failure shown, repeated, resolved, an
   * action, a dismissal, a time-out, a copied request id, the offline notice shown and ended),
   * with an event that carries no personal data. Default: none (the enclosing provider's).
   */
  readonly onEvent?: (event: SmartcarErrorEvent) => void;
  /** Put the request id in events (support tools need it). Default false. */
  readonly includeRequestId?: boolean;
}

/** Emits to `onEvent`, else to the enclosing scope's. */
export function KitEventsScope({
  onEvent,
  includeRequestId,
  children,
}: {
  readonly [K in keyof SmartcarErrorEventProps]?: SmartcarErrorEventProps[K] | undefined;
} & { readonly children?: ReactNode }) {
  const outer = useContext(KitEventsContext);
  const latest = useLatest({ onEvent, includeRequestId });
  const own = typeof onEvent === 'function';
  const emit = useMemo<KitEmit>(
    () =>
      own
        ? (name, surface, source, extras) => {
            const { onEvent: send, includeRequestId: withId } = latest.current;
            const event = toSmartcarErrorEvent(name, surface, source, extras, withId === true);
            safely(() => send?.(event));
          }
        : outer,
    [own, outer, latest],
  );
  return <KitEventsContext.Provider value={emit}>{children}</KitEventsContext.Provider>;
}

/** The nearest provider's emitter (a no-op without `onEvent`). Stable. */
export function useKitEvents(): KitEmit {
  return useContext(KitEventsContext);
}

/** Emits `shown` on `surface` once for each display key while the component shows it. */
export function useShownEvent(
  surface: SmartcarErrorEventSurface,
  source: { readonly key: string } | null,
): void {
  const emit = useKitEvents();
  const key = source?.key;
  useEffect(() => {
    if (key !== undefined) emit('shown', surface, source);
    // Once per key: a new display object for the same failure is not a new sight.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [emit, surface, key]);
}
