import type { SmartcarErrorEvent } from 'smartcar-error-kit';

declare global {
  interface Window {
    /** This session's error-UI events, read by the end-to-end test. */
    voltparkEvents?: readonly SmartcarErrorEvent[];
  }
}

const events: SmartcarErrorEvent[] = [];
window.voltparkEvents = events;

/**
 * The provider's `onEvent`: a real app sends each event to its analytics tool (see the README's
 * recipes: Sentry, PostHog/Segment, OpenTelemetry); this one keeps them for its test and counts
 * them on `<html data-smartcar-events>`.
 */
export function recordEvent(event: SmartcarErrorEvent): void {
  events.push(event);
  document.documentElement.dataset['smartcarEvents'] = String(events.length);
}
