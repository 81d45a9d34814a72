import type { ErrorAction, ErrorDisplay } from '../../core/display/ErrorDisplay';
import { actionLinkUrl } from '../internal/ActionButton';
import { httpUrl } from '../../core/url/httpUrl';

/** Most actions a toast shows: a toast is a glance; the banner is the place for long lists. */
export const MAX_TOAST_ACTIONS = 2;

/** One action as the toast renders it: a link when `url` is set, else a button. */
export interface ToastActionView {
  readonly action: ErrorAction;
  /** Absolute http(s) URL when the action is a link. */
  readonly url: string | null;
}

/**
 * The actions a toast offers, primary first: `dismiss` is left out (every toast has a close
 * button); `contact-support` becomes a link to the support URL, or a button when the toaster has
 * an `onContactSupport` handler, and is left out otherwise (a button that does nothing would be
 * a trap). Never throws.
 */
export function toastActions(
  display: ErrorDisplay,
  supportUrl: unknown,
  canContactSupport: boolean,
): readonly ToastActionView[] {
  const actions: unknown = display.actions;
  if (!Array.isArray(actions)) return [];
  const views: ToastActionView[] = [];
  const support = httpUrl(supportUrl);
  for (const action of actions as readonly ErrorAction[]) {
    if (views.length === MAX_TOAST_ACTIONS) break;
    if (typeof action !== 'object' || action === null || action.kind === 'dismiss') continue;
    if (typeof action.label !== 'string' || action.label.trim() === '') continue;
    if (action.kind === 'contact-support') {
      if (support !== null) views.push({ action, url: support });
      else if (canContactSupport) views.push({ action, url: null });
      continue;
    }
    views.push({ action, url: actionLinkUrl(action) });
  }
  return views;
}
