/**
 * Internal: what pressing an action does, shared by the banner and the toasts.
 *
 * `runAction(action, display, handlers, vehicles?, link?)` calls
 * `onAction(action, display, vehicles)` first, then the handler of the action's kind: retry →
 * `onRetry(display, vehicles)`; reconnect → `onReconnect(display, vehicles)` (only reached when
 * the action renders as a button); contact-support → `onContactSupport()`; dismiss →
 * `onDismiss()`; open-url and billing have no specific handler (they are links when they carry a
 * URL). `vehicles` defaults to the display's vehicle, or none (the fleet summary passes a
 * group's). A throwing handler is reported, never rethrown, so one broken callback cannot break
 * the host app.
 */
import type { ErrorAction, ErrorDisplay } from '../../core/display/ErrorDisplay';
import type { SmartcarVehicleInfo } from '../../core/parse/SmartcarError';
import type { SmartcarErrorHandlers } from '../SmartcarErrorContext';

/** Every callback an action can reach. All optional. */
export interface ActionHandlers extends SmartcarErrorHandlers {
  /** The component's own reaction to contact-support (the banner moves to its support card). */
  readonly onContactSupport?: (() => void) | undefined;
  /** Dismissal requested (the dismiss button or a `dismiss` action). */
  readonly onDismiss?: (() => void) | undefined;
  /** The kit's own record of the action (an event), called first; links call it too. */
  readonly onTaken?: ((action: ErrorAction, display: ErrorDisplay) => void) | undefined;
}

const NO_VEHICLES: readonly SmartcarVehicleInfo[] = Object.freeze([]);

/** The display's vehicle as a list (what a banner or a toast is about), else none. */
function vehiclesOf(display: ErrorDisplay): readonly SmartcarVehicleInfo[] {
  const vehicle = display.error.vehicle;
  return vehicle ? [vehicle] : NO_VEHICLES;
}

/** Runs `run`, reporting what it throws instead of rethrowing it. */
export function safely(run: () => void): void {
  try {
    run();
  } catch (error) {
    // Report like React reports an error in an event handler, without unwinding the click.
    (globalThis.reportError ?? console.error)(error);
  }
}

/**
 * Runs `onAction`, then the specific handler of `action.kind`. A followed `link` calls only
 * `onTaken` and `onAction`: the link itself does the rest. Never throws.
 */
export function runAction(
  action: ErrorAction,
  display: ErrorDisplay,
  handlers: ActionHandlers,
  vehicles: readonly SmartcarVehicleInfo[] = vehiclesOf(display),
  link = false,
): void {
  const { onAction, onRetry, onReconnect, onContactSupport, onDismiss, onTaken } = handlers;
  if (onTaken) safely(() => onTaken(action, display));
  if (onAction) safely(() => onAction(action, display, vehicles));
  if (link) return;
  switch (action.kind) {
    case 'retry':
      if (onRetry) safely(() => onRetry(display, vehicles));
      break;
    case 'reconnect':
      if (onReconnect) safely(() => onReconnect(display, vehicles));
      break;
    case 'contact-support':
      if (onContactSupport) safely(onContactSupport);
      break;
    case 'dismiss':
      if (onDismiss) safely(onDismiss);
      break;
    default:
      break;
  }
}
