'use client';
/**
 * Internal: one error toast — a Radix `Toast.Root` (Radix counts its `duration`, pauses it on
 * hover, focus and window blur, and closes it on Escape and swipe) with a severity icon, the title
 * (with a hidden severity label and the repeat count), the message, the actions and a close
 * button.
 */
import * as Toast from '@radix-ui/react-toast';
import { useMemo, useRef, useState, type AnimationEvent } from 'react';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { formatTemplate } from '../../core/messages/formatTemplate';
import type { ToastItem } from '../../core/queue/types';
import { severityLabel } from '../internal/announcementText';
import { Icon } from '../internal/Icon';
import { MessageParts } from '../internal/MessageParts';
import type { ActionHandlers } from '../internal/runAction';
import { useUiStrings } from '../internal/useUiStrings';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import type { ErrorToasterPart } from './ErrorToasterProps';
import { classProp } from '../internal/classProp';
import { ToastActionControls } from './ToastActionControls';
import { useToastEvents } from './useToastEvents';

export interface ErrorToastProps {
  readonly item: ToastItem;
  /** False while the toast plays its exit animation. */
  readonly open: boolean;
  readonly handlers: ActionHandlers;
  readonly supportUrl: string | undefined;
  /** The toaster's contact-support handler; without it (and a URL) that action is left out. */
  readonly onContactSupport: ((display: ErrorDisplay) => void) | undefined;
  readonly classNames: Partial<Record<ErrorToasterPart, string>> | undefined;
  /** The toast asks to close (close button, Escape, swipe, an action). */
  readonly onClose: (id: string) => void;
  /** Its exit animation ended. */
  readonly onExited: (id: string) => void;
}

/**
 * Every close (button, Escape in the toast, swipe, an action) goes through `onClose`; an Escape
 * pressed outside the toasts closes nothing. `onExited` follows the end of the exit animation.
 */
export function ErrorToast({
  item,
  open,
  handlers,
  supportUrl,
  onContactSupport,
  classNames,
  onClose,
  onExited,
}: ErrorToastProps) {
  const { display, count, id } = item;
  const ui = useUiStrings(display.locale);
  const closeEvent = useToastEvents(item, open);
  const actionHandlers = useMemo<ActionHandlers>(
    () => ({
      ...handlers,
      // An action closes the toast through Radix too: that close is the action, not a dismissal.
      onTaken: (action, shown) => {
        closeEvent.by('action');
        handlers.onTaken?.(action, shown);
      },
      ...(onContactSupport !== undefined && {
        onContactSupport: () => onContactSupport(display),
      }),
    }),
    [handlers, onContactSupport, display, closeEvent],
  );
  const close = () => onClose(id);
  // Radix restarts a toast's timer when its `duration` changes, and only then: each add or update
  // (a new `updatedAt`) moves it by 1 ms, so a repeat gets its full time again (SPEC 2).
  const [restart, setRestart] = useState({ at: item.updatedAt, ms: 0 });
  if (restart.at !== item.updatedAt) setRestart({ at: item.updatedAt, ms: 1 - restart.ms });
  /** Set by an Escape from outside the toasts, which Radix turns into a close we ignore. */
  const escapedOutside = useRef(false);
  const onAnimationEnd = (event: AnimationEvent<HTMLLIElement>) => {
    if (!open && event.target === event.currentTarget) onExited(id);
  };
  return (
    <Toast.Root
      open={open}
      duration={item.duration + restart.ms}
      type={display.politeness === 'assertive' ? 'foreground' : 'background'}
      onOpenChange={(next) => {
        if (next) return;
        if (escapedOutside.current) {
          escapedOutside.current = false;
          return;
        }
        closeEvent.closed();
        close();
      }}
      onEscapeKeyDown={(event) => {
        // Radix also closes the newest toast on Escape pressed anywhere outside the toasts; only
        // a focused toast may be dismissed (the key belongs to whatever has focus). Not
        // preventDefault: that would also stop a native <dialog> from closing on Escape.
        if (!isInAToast(event.target)) escapedOutside.current = true;
        else closeEvent.by('dismissed');
      }}
      onSwipeEnd={() => closeEvent.by('dismissed')}
      onAnimationEnd={onAnimationEnd}
      {...classProp(classNames?.toast)}
      data-sek-part="toast"
      data-sek-toast-id={id}
      data-sek-severity={display.severity}
      data-sek-count={count}
      {...(display.persistent ? { 'data-sek-persistent': '' } : {})}
    >
      <Icon name={display.severity} className={classNames?.icon} />
      <div className={classNames?.body} data-sek-part="body">
        <Toast.Title {...classProp(classNames?.title)} data-sek-part="title">
          <VisuallyHidden>{`${severityLabel(display, ui)}: `}</VisuallyHidden>
          {display.title}
          {count > 1 ? (
            <span className={classNames?.count} data-sek-part="count">
              <span aria-hidden="true">{formatTemplate(ui.toastRepeat, { count })}</span>
              <VisuallyHidden>{` (${formatTemplate(ui.toastRepeatLabel, { count })})`}</VisuallyHidden>
            </span>
          ) : null}
        </Toast.Title>
        <Toast.Description {...classProp(classNames?.description)} data-sek-part="description">
          <MessageParts
            display={display}
            handlers={actionHandlers}
            newTabLabel={ui.opensInNewTab}
            as={null}
          />
        </Toast.Description>
        <ToastActionControls
          display={display}
          handlers={actionHandlers}
          supportUrl={supportUrl}
          canContactSupport={onContactSupport !== undefined}
          ui={ui}
          onClose={close}
          className={classNames?.actions}
          actionClassName={classNames?.action}
        />
      </div>
      <Toast.Close
        onClick={() => closeEvent.by('dismissed')}
        aria-label={ui.toastClose}
        {...classProp(classNames?.close)}
        data-sek-part="close"
        data-sek-button=""
        data-sek-variant="ghost"
      >
        <Icon name="close" />
      </Toast.Close>
    </Toast.Root>
  );
}

/**
 * Radix's own test for "Escape came from inside a toast": the target is inside one of its items.
 */
function isInAToast(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-sek-toaster] > li') !== null;
}
