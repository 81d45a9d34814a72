import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import type { VehicleIssuesStore } from '../../core/issues/types';
import type { ToastQueueOptions } from '../../core/queue/types';
import type { SmartcarErrorHandlers } from '../SmartcarErrorContext';
import type { ThemingProps } from '../internal/ThemingProps';

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

/**
 * Handlers override the provider's. The queue options (`maxVisible`, `maxQueued`, `duration`,
 * `actionDuration`) are the toaster's queue's; `className` goes on the viewport, the toaster's
 * root.
 */
export interface ErrorToasterProps
  extends SmartcarErrorHandlers, ToastQueueOptions, ThemingProps<ErrorToasterPart> {
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
}
