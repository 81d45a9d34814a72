'use client';
import * as Toast from '@radix-ui/react-toast';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { ForwardRefExoticComponent, RefAttributes } from 'react';
import { formatTemplate } from '../../core/messages/formatTemplate';
import {
  DEFAULT_MAX_QUEUED,
  DEFAULT_MAX_VISIBLE,
  MIN_ACTION_TOAST_DURATION_MS,
  MIN_TOAST_DURATION_MS,
} from '../../core/queue/durations';
import { OfflineNotice } from './OfflineNotice';
import { useOfflineQueue } from './useOfflineQueue';
import { useActionHandlers } from '../internal/useActionHandlers';
import { useHydrated } from '../internal/useHydrated';
import type { UiStrings } from '../../core/messages/LocalePack';
import { uiStringsFor } from '../internal/useUiStrings';
import { assignRef } from './assignRef';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';
import { useThemeRootProps } from '../internal/useThemeRootProps';
import { useSmartcarErrorConfig } from '../SmartcarErrorContext';
import { classProp } from '../internal/classProp';
import { ErrorToast, type ErrorToastProps } from './ErrorToast';
import type { ErrorToasterProps } from './ErrorToasterProps';
import { MoreToasts } from './MoreToasts';
import type { ToastStore } from './createErrorToasts';
import { useToastStore } from './useErrorToasts';
import { useExitingToasts } from './useExitingToasts';
import { useFocusReturn, type FocusReturn } from './useFocusReturn';
import { useFollowIssues } from './useFollowIssues';
import { useKitEvents } from '../internal/useKitEvents';
import { useToastAnnouncements } from './useToastAnnouncements';
import { modalFollowingBox } from '../internal/modalFollowingBox';
import { useAnnouncer, type Announcer } from '../internal/useAnnouncer';
import { namedForwardRef } from '../internal/namedForwardRef';

/** Default keys that move focus to the toasts. */
const DEFAULT_HOTKEY: readonly string[] = ['F8'];

/**
 * Shows the error toasts of the nearest `SmartcarErrorProvider` (add them with
 * `useErrorToasts().show`). Built on Radix Toast; at most `maxVisible` at once with a "N more"
 * button for the rest (at most `maxQueued` wait); repeats counted; Radix counts each toast's
 * duration and pauses it on hover, focus and window blur; F8 reaches the region; the kit's own
 * announcer speaks each toast, also under a modal dialog. Renders nothing on the server. A `ref`
 * receives the toast list (the Radix viewport `<ol>`) once it renders, after hydration (React 18
 * and 19). Contract: `SPEC.md` beside this file.
 */
export const ErrorToaster: ForwardRefExoticComponent<
  ErrorToasterProps & RefAttributes<HTMLOListElement>
> = /* @__PURE__ */ namedForwardRef<HTMLOListElement, ErrorToasterProps>(
  'ErrorToaster',
  function ErrorToaster(props, ref) {
    const {
      maxVisible = DEFAULT_MAX_VISIBLE,
      maxQueued = DEFAULT_MAX_QUEUED,
      duration = MIN_TOAST_DURATION_MS,
      actionDuration = MIN_ACTION_TOAST_DURATION_MS,
      hotkey = DEFAULT_HOTKEY,
      label,
      swipeDirection,
      onContactSupport,
      theme,
      colorScheme,
      unstyled,
      className,
      classNames,
      issues,
    } = props;
    const store = useToastStore();
    const { queue } = store;
    const config = useSmartcarErrorConfig();
    const hydrated = useHydrated();
    const handlers = useActionHandlers(props, 'toast');
    const rootProps = useThemeRootProps({ theme, colorScheme, unstyled, className });

    useIsomorphicLayoutEffect(() => {
      queue.setOptions({ maxVisible, maxQueued, duration, actionDuration });
    }, [queue, maxVisible, maxQueued, duration, actionDuration]);

    const locales = config.locales;
    const uiFor = useCallback(
      (locale: string): UiStrings => uiStringsFor(locale, locales),
      [locales],
    );
    const ui = useMemo(() => uiFor(config.locale ?? 'en'), [uiFor, config.locale]);
    const announcer = useAnnouncer(modalFollowingBox);
    const emit = useKitEvents();
    useFollowIssues(store, issues, (ended) => {
      const title = formatTemplate(uiFor(ended.locale).toastResolved, { title: ended.title });
      announcer.announce(title, 'polite');
      emit('resolved', 'toast', ended);
    });
    const offline = useOfflineQueue(queue);

    const [viewport, setViewport] = useState<HTMLOListElement | null>(null);
    const viewportRef = useCallback(
      (node: HTMLOListElement | null) => {
        setViewport(node);
        assignRef(ref, node);
      },
      [ref],
    );
    const region = viewport?.parentElement ?? null;
    const focus = useFocusReturn(region, viewport);

    const [rtl, setRtl] = useState(false);
    useIsomorphicLayoutEffect(() => {
      if (viewport !== null) setRtl(getComputedStyle(viewport).direction === 'rtl');
    }, [viewport]);

    // Radix's per-toast announcement is silenced by rendering it into a node that is never
    // attached: the kit's announcer says each toast (see useAnnouncer for why), never twice. The
    // Provider's `label` only prefixes that announcement, so it keeps Radix's default; the
    // region's name is the Viewport's `label`.
    const [silentAnnouncerSink] = useState(() =>
      typeof document === 'undefined' ? undefined : document.createElement('div'),
    );

    const onClose = useCallback(
      (id: string) => {
        const left = queue.getSnapshot().visible.some((item) => item.id !== id);
        focus.restore(left);
        queue.dismiss(id);
      },
      [queue, focus],
    );
    const showMore = useCallback(() => queue.rotate(), [queue]);

    if (!hydrated) return null;
    const regionLabel = label ?? ui.toastRegion;
    const toastProps = {
      handlers,
      supportUrl: config.support?.url,
      onContactSupport,
      classNames,
      onClose,
    };
    return (
      <Toast.Provider
        swipeDirection={swipeDirection ?? (rtl ? 'left' : 'right')}
        announcerContainer={silentAnnouncerSink}
      >
        {offline ? (
          <OfflineNotice
            text={ui.offline}
            announce={announcer.announce}
            className={classNames?.toast}
          />
        ) : null}
        <ToastList
          store={store}
          toastProps={toastProps}
          ui={ui}
          uiFor={uiFor}
          announce={announcer.announce}
          focus={focus}
          onShowMore={showMore}
        />
        <Toast.Viewport
          ref={viewportRef}
          hotkey={hotkey as string[]}
          label={regionLabel}
          {...rootProps}
          {...classProp(rootProps.className, classNames?.viewport)}
          data-sek-part="viewport"
          data-sek-toaster=""
        />
        {announcer.regions}
      </Toast.Provider>
    );
  },
);

/** What `ToastList` takes from the toaster: its store, the toasts' props, its announcer. */
interface ToastListProps {
  readonly store: ToastStore;
  readonly toastProps: Omit<ErrorToastProps, 'item' | 'open' | 'onExited'>;
  readonly ui: UiStrings;
  readonly uiFor: (locale: string) => UiStrings;
  readonly announce: Announcer['announce'];
  readonly focus: FocusReturn;
  readonly onShowMore: () => void;
}

/**
 * The toasts, the exiting ones and "N more": the one part that subscribes to the store, so a
 * change of the toasts re-renders these, not Radix's provider and viewport around them.
 */
function ToastList({ store, toastProps, ui, uiFor, announce, focus, onShowMore }: ToastListProps) {
  const snapshot = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getServerSnapshot,
  );
  useToastAnnouncements(snapshot.visible, uiFor, announce);
  const exiting = useExitingToasts(snapshot.visible);
  useIsomorphicLayoutEffect(() => {
    // A toast removed by the app (dismiss, dismissAll) while focus was in it.
    if (exiting.items.length > 0) focus.restore(snapshot.visible.length > 0, true);
  }, [exiting.items, focus, snapshot.visible.length]);
  const { classNames } = toastProps;
  return (
    <>
      {snapshot.visible.map((item) => (
        <ErrorToast key={item.id} item={item} open onExited={exiting.remove} {...toastProps} />
      ))}
      {exiting.items.map((item) => (
        <ErrorToast
          key={item.id}
          item={item}
          open={false}
          onExited={exiting.remove}
          {...toastProps}
        />
      ))}
      {snapshot.queuedCount > 0 ? (
        <MoreToasts
          count={snapshot.queuedCount}
          ui={ui}
          onShowMore={onShowMore}
          className={classNames?.more}
          buttonClassName={classNames?.moreButton}
        />
      ) : null}
    </>
  );
}
