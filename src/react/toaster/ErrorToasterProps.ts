import type { ColorScheme, SmartcarErrorTheme } from '../../theme/SmartcarErrorTheme';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import type { VehicleIssuesStore } from '../../core/issues/types';
import type { SmartcarErrorHandlers } from '../SmartcarErrorContext';

/** The parts of the toaster that take a class through `classNames`. */
export type ErrorToasterPart =
  | 'viewport'
  | 'toast'
  | 'icon'
  | 'body'
  | 'title'
  | 'count'
  | 'description'
  | 'actions'
  | 'action'
  | 'close'
  | 'more'
  | 'moreButton';

/** Directions a toast can be swiped away in. */
export type ToastSwipeDirection = 'up' | 'down' | 'left' | 'right';

/** Props of `ErrorToaster`. Handlers override the provider's. */
export interface ErrorToasterProps extends SmartcarErrorHandlers {
  /** Toasts shown at once; the rest wait behind a "N more" button. Default 3. */
  readonly maxVisible?: number;
  /**
   * Toasts that may wait behind the "N more" button; beyond it the oldest waiting non-persistent
   * toast is dropped (the oldest waiting one when all are persistent). Default 50, at least 0.
   */
  readonly maxQueued?: number;
  /** Auto-dismiss delay in ms of a toast without an action. Default 5000; never below 5000. */
  readonly duration?: number;
  /**
   * Auto-dismiss delay in ms of a toast with an action other than dismiss. Default 10000; never
   * below 10000.
   */
  readonly actionDuration?: number;
  /**
   * Keys that move focus to the toasts (`KeyboardEvent.code` or modifier names). Default `['F8']`.
   */
  readonly hotkey?: readonly string[];
  /** Name of the toast region; `{hotkey}` is replaced. Default: the locale's `toastRegion`. */
  readonly label?: string;
  /**
   * Direction a toast is swiped away in. Default: toward the inline end (`'right'`, `'left'` in
   * RTL).
   */
  readonly swipeDirection?: ToastSwipeDirection;
  /**
   * Called for a contact-support action when the provider has no support URL; without it (and a
   * URL) that action is left out.
   */
  readonly onContactSupport?: (display: ErrorDisplay) => void;
  /**
   * A vehicle-issues store (`createVehicleIssues()`) to follow: each new issue shows a toast, a
   * repeat counts it up, and a resolved issue closes its toast and is announced politely
   * ("Resolved: …", the locale's `toastResolved`). Default: none.
   */
  readonly issues?: VehicleIssuesStore | undefined;
  /** Design tokens over the provider's. Default: the provider's. */
  readonly theme?: SmartcarErrorTheme;
  /** `'light'`, `'dark'` or `'system'`. Default: the provider's, else `'light'`. */
  readonly colorScheme?: ColorScheme;
  /** Drop the kit's look, keep behaviour and accessibility. Default false. */
  readonly unstyled?: boolean;
  /** Class added to the viewport (the toaster's root). */
  readonly className?: string;
  /** Classes added to each part. */
  readonly classNames?: Partial<Record<ErrorToasterPart, string>>;
}
