'use client';
/**
 * Internal: a toast's actions (see `toastActions`), drawn by the kit's one action renderer,
 * `ActionButtons`. Buttons are Radix `Toast.Action`s with `altText` (Radix closes the toast when
 * one is pressed); links close the toast when followed; `contact-support` links to the support
 * URL when there is one, else is a button for the toaster's `onContactSupport`. A retry shows
 * the live countdown and stays disabled until it ends.
 */
import * as Toast from '@radix-ui/react-toast';
import type { ErrorAction, ErrorDisplay } from '../../core/display/ErrorDisplay';
import { httpUrl } from '../../core/parse/httpUrl';
import { useRetryCountdown } from '../hooks/useRetryCountdown';
import { ActionButtons, actionLinkUrl, type ActionControlProps } from '../internal/ActionButtons';
import type { ActionHandlers } from '../internal/runAction';
import type { UiStrings } from '../../core/messages/LocalePack';
import { classProp } from '../internal/classProp';

/** Most actions a toast shows: a toast is a glance; the banner is the place for long lists. */
const MAX_TOAST_ACTIONS = 2;

/**
 * The actions a toast offers, primary first, at most `MAX_TOAST_ACTIONS`: `dismiss` is left out
 * (every toast has a close button), and so is `contact-support` when the toaster can do nothing
 * with it (no support URL, no `onContactSupport`): a button that does nothing would be a trap.
 */
function toastActions(display: ErrorDisplay, canContactSupport: boolean): readonly ErrorAction[] {
  return display.actions
    .filter(({ kind }) => kind !== 'dismiss' && (kind !== 'contact-support' || canContactSupport))
    .slice(0, MAX_TOAST_ACTIONS);
}

export interface ToastActionControlsProps {
  readonly display: ErrorDisplay;
  readonly handlers: ActionHandlers;
  readonly ui: UiStrings;
  /** The toaster's support page (a prop: checked here, by `httpUrl`). */
  readonly supportUrl: unknown;
  /** True when the toaster has an `onContactSupport` handler. */
  readonly canContactSupport: boolean;
  /** Close the toast (after a link was followed). */
  readonly onClose: () => void;
  readonly className?: string | undefined;
  readonly actionClassName?: string | undefined;
}

function ToastButton({ className, ...props }: ActionControlProps) {
  return <Toast.Action {...props} {...classProp(className)} />;
}

/** The action controls of one toast, or nothing. */
export function ToastActionControls({
  display,
  supportUrl,
  canContactSupport,
  ...props
}: ToastActionControlsProps) {
  const support = httpUrl(supportUrl);
  const actions = toastActions(display, support !== null || canContactSupport);
  const hasRetry = actions.some((action) => action.kind === 'retry');
  const countdown = useRetryCountdown(hasRetry ? display : null);
  return (
    <ActionButtons
      {...props}
      display={display}
      actions={actions}
      countdown={countdown}
      linkOf={(action: ErrorAction) =>
        action.kind === 'contact-support' ? support : actionLinkUrl(action)
      }
      Button={ToastButton}
      onFollow={props.onClose}
    />
  );
}
