import type { ErrorAction, ErrorDisplay } from '../../core/display/ErrorDisplay';

/** Most actions a toast shows: a toast is a glance; the banner is the place for long lists. */
export const MAX_TOAST_ACTIONS = 2;

/**
 * The actions a toast offers, primary first, at most `MAX_TOAST_ACTIONS`: `dismiss` is left out
 * (every toast has a close button), and so is `contact-support` when the toaster can do nothing
 * with it (no support URL, no `onContactSupport`): a button that does nothing would be a trap.
 */
export function toastActions(
  display: ErrorDisplay,
  canContactSupport: boolean,
): readonly ErrorAction[] {
  return display.actions
    .filter(({ kind }) => kind !== 'dismiss' && (kind !== 'contact-support' || canContactSupport))
    .slice(0, MAX_TOAST_ACTIONS);
}
