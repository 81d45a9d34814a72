'use client';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import {
  SmartcarErrorContext,
  useSmartcarErrorConfig,
  type SmartcarErrorConfig,
  type SmartcarErrorHandlers,
} from '../SmartcarErrorContext';
import type { ErrorToastStore } from '../toaster/createErrorToasts';
import { ToastSlotContext, useToastSlot } from '../toaster/useToastSlot';
import { mergeSmartcarErrorConfig } from '../internal/mergeSmartcarErrorConfig';
import { useLatest } from '../internal/useLatest';
import { KitEventsScope, type SmartcarErrorEventProps } from '../internal/useKitEvents';

/** Props of `SmartcarErrorProvider`: the kit's configuration for the tree below, and that tree. */
export interface SmartcarErrorProviderProps extends SmartcarErrorConfig, SmartcarErrorEventProps {
  /** The part of the app the configuration applies to. */
  readonly children?: ReactNode;
  /**
   * The toast store to render (from `createErrorToasts()`, created once: module scope or
   * `useState`), so code outside React can `show` toasts; they take this provider's config.
   * Default: the enclosing provider's toasts, else a store of its own.
   */
  readonly toasts?: ErrorToastStore;
}

/**
 * Configures the kit for the tree below: app name, locale and locale packs, wording and action
 * overrides, support contact, handlers, theme and colour scheme. It also holds the toast store
 * for the `ErrorToaster` and `useErrorToasts()` below it (`toasts`, or one of its own).
 *
 * Providers nest: an inner provider merges its props over the outer one's config. Precedence,
 * highest first: a component's own props (or `useErrorDisplay` options) › the nearest provider ›
 * outer providers › the kit's defaults. `messages`, `actions` and `support` merge key by key and
 * `theme` token by token; `locales` list the inner packs first. A nested provider shares the
 * enclosing provider's toasts (so a provider nested to change the locale does not hide its
 * subtree's toasts from the app's `ErrorToaster`) unless it is given its own `toasts`; a
 * `useErrorToasts().show` still words its toast with the nearest provider's config.
 *
 * The context value is memoised on every prop; handlers may be inline functions (they are
 * called through stable wrappers), but pass `messages`, `actions`, `locales`, `support` and
 * `theme` as stable objects (module constants or `useMemo`) to avoid re-rendering consumers.
 */
export function SmartcarErrorProvider(props: SmartcarErrorProviderProps): ReactNode {
  const outer = useSmartcarErrorConfig();
  const handlers = useStableHandlers(props);
  const value = useMemo(
    // The merge reads the config fields of `props`; the handlers' stable wrappers win over them.
    () => mergeSmartcarErrorConfig(outer, { ...props, ...handlers }),
    // Each config field, not `props` (a new object at every render); `handlers` stands for three.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      outer,
      handlers,
      props.appName,
      props.locale,
      props.locales,
      props.messages,
      props.actions,
      props.support,
      props.theme,
      props.colorScheme,
    ],
  );
  const slot = useToastSlot(value, props.toasts, true);
  return (
    <SmartcarErrorContext.Provider value={value}>
      <ToastSlotContext.Provider value={slot}>
        <KitEventsScope onEvent={props.onEvent} includeRequestId={props.includeRequestId}>
          {props.children}
        </KitEventsScope>
      </ToastSlotContext.Provider>
    </SmartcarErrorContext.Provider>
  );
}

type LooseHandlers = { [K in keyof SmartcarErrorHandlers]?: SmartcarErrorHandlers[K] | undefined };

/**
 * Handlers that keep their identity while the props change from render to render (inline
 * arrows), so the memoised context value does too. A wrapper exists only while its prop is a
 * function, and always calls the latest one; each of the three is there, `undefined` when its prop
 * is not a function, so that it wins over that prop in the merge.
 */
function useStableHandlers(props: LooseHandlers): Required<LooseHandlers> {
  // Even a child's layout effect that calls a handler reaches the latest one (see useLatest).
  const latest = useLatest(props);
  const hasRetry = typeof props.onRetry === 'function';
  const hasReconnect = typeof props.onReconnect === 'function';
  const hasAction = typeof props.onAction === 'function';
  return useMemo(
    () => ({
      onRetry: hasRetry ? (...args) => latest.current.onRetry?.(...args) : undefined,
      onReconnect: hasReconnect ? (...args) => latest.current.onReconnect?.(...args) : undefined,
      onAction: hasAction ? (...args) => latest.current.onAction?.(...args) : undefined,
    }),
    [hasRetry, hasReconnect, hasAction, latest],
  );
}
