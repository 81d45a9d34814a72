'use client';
/**
 * Internal: the action handlers a component uses — each prop handler replaces the provider's
 * handler of the same name (they are not both called). Returns a stable-enough object for
 * `runAction`.
 */
import { useMemo } from 'react';
import type { SmartcarErrorEventSurface } from '../../core/events/SmartcarErrorEvent';
import type { SmartcarErrorHandlers } from '../SmartcarErrorContext';
import { useSmartcarErrorConfig } from '../SmartcarErrorContext';
import type { ActionHandlers } from './runAction';
import { useKitEvents } from './useKitEvents';

/**
 * `onAction`, `onRetry`, `onReconnect` from props, else from the provider; and `onTaken`, which
 * emits the `action` (a `dismiss` action: `dismissed`) event on `surface`.
 */
export function useActionHandlers(
  props: {
    readonly [K in keyof SmartcarErrorHandlers]?: SmartcarErrorHandlers[K] | undefined;
  },
  surface: SmartcarErrorEventSurface,
): ActionHandlers {
  const config = useSmartcarErrorConfig();
  const emit = useKitEvents();
  const onAction = props.onAction ?? config.onAction;
  const onRetry = props.onRetry ?? config.onRetry;
  const onReconnect = props.onReconnect ?? config.onReconnect;
  return useMemo(() => {
    const handlers: { -readonly [K in keyof ActionHandlers]: ActionHandlers[K] } = {
      onTaken: ({ kind }, display) =>
        emit(kind === 'dismiss' ? 'dismissed' : 'action', surface, display, { action: kind }),
    };
    if (onAction) handlers.onAction = onAction;
    if (onRetry) handlers.onRetry = onRetry;
    if (onReconnect) handlers.onReconnect = onReconnect;
    return handlers;
  }, [onAction, onRetry, onReconnect, emit, surface]);
}
