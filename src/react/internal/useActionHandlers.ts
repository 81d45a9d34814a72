'use client';
/**
 * Internal: the action handlers a component uses — each prop handler replaces the provider's
 * handler of the same name (they are not both called). Returns a stable-enough object for
 * `runAction`.
 */
import { useMemo } from 'react';
import type { SmartcarErrorHandlers } from '../SmartcarErrorContext';
import { useSmartcarErrorConfig } from '../SmartcarErrorContext';

/** `onAction`, `onRetry`, `onReconnect` from props, else from the provider. */
export function useActionHandlers(props: {
  readonly [K in keyof SmartcarErrorHandlers]?: SmartcarErrorHandlers[K] | undefined;
}): SmartcarErrorHandlers {
  const config = useSmartcarErrorConfig();
  const onAction = props.onAction ?? config.onAction;
  const onRetry = props.onRetry ?? config.onRetry;
  const onReconnect = props.onReconnect ?? config.onReconnect;
  return useMemo(() => {
    const handlers: { -readonly [K in keyof SmartcarErrorHandlers]: SmartcarErrorHandlers[K] } = {};
    if (onAction) handlers.onAction = onAction;
    if (onRetry) handlers.onRetry = onRetry;
    if (onReconnect) handlers.onReconnect = onReconnect;
    return handlers;
  }, [onAction, onRetry, onReconnect]);
}
