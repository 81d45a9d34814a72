/**
 * Recipes: `SmartcarErrorProvider`'s `onEvent` into the tools product teams use. The README shows
 * the regions of this file (checked by scripts/readme-snippets.mjs), so they build. The SDKs are
 * declared with just what a recipe calls, so this file builds without installing them.
 */
import type { SmartcarErrorEvent } from 'smartcar-error-kit';

/**
 * What the recipes call on each SDK (`@sentry/react`, `posthog-js`, Segment,
 * `@opentelemetry/api-logs`).
 */
declare const Sentry: {
  addBreadcrumb(breadcrumb: {
    category: string;
    message: string;
    level: 'info' | 'warning';
    data: Record<string, unknown>;
  }): void;
};
declare const posthog: { capture(event: string, properties: Record<string, unknown>): void };
declare const analytics: { track(event: string, properties: Record<string, unknown>): void };
declare const logger: {
  emit(record: {
    severityNumber: number;
    severityText: string;
    body: string;
    attributes: Record<string, string | number>;
  }): void;
};
/** `SeverityNumber.INFO` of `@opentelemetry/api-logs`. */
declare const SeverityNumber: { INFO: number };

// #region sentry
// <SmartcarErrorProvider onEvent={sentryBreadcrumb}>: a trail of what the person saw before an
// error.
export function sentryBreadcrumb(event: SmartcarErrorEvent): void {
  Sentry.addBreadcrumb({
    category: 'smartcar-error-kit',
    message: `${event.surface} ${event.name}: ${event.type}.${event.code ?? ''}`,
    level: event.name === 'shown' ? 'warning' : 'info',
    data: { ...event },
  });
}
// #endregion

// #region product-analytics
// <SmartcarErrorProvider onEvent={trackSmartcarError}>: count failures shown, actions taken, time
// on screen.
export function trackSmartcarError(event: SmartcarErrorEvent): void {
  posthog.capture(`smartcar_error_${event.name}`, { ...event }); // PostHog
  analytics.track(`Smartcar Error ${event.name}`, { ...event }); // Segment
}
// #endregion

// #region opentelemetry
// <SmartcarErrorProvider onEvent={logSmartcarError}>, with
// `logger = logs.getLogger('smartcar-error-kit')`: attribute names follow OpenTelemetry's semantic
// conventions where one exists (`error.type`, `event.name`); the rest are namespaced.
export function logSmartcarError(event: SmartcarErrorEvent): void {
  const attributes: Record<string, string | number> = {
    'event.name': `smartcar_error_kit.${event.name}`,
    'error.type': event.code === null ? event.type : `${event.type}.${event.code}`,
    'smartcar.ui.surface': event.surface,
  };
  if (event.resolution !== null) attributes['smartcar.resolution.type'] = event.resolution;
  if (event.action !== undefined) attributes['smartcar.ui.action'] = event.action;
  if (event.count !== undefined) attributes['smartcar.ui.count'] = event.count;
  if (event.visibleMs !== undefined) attributes['smartcar.ui.visible_ms'] = event.visibleMs;
  if (event.requestId !== undefined) attributes['smartcar.request_id'] = event.requestId;
  logger.emit({
    severityNumber: SeverityNumber.INFO,
    severityText: 'INFO',
    body: `${event.surface} ${event.name}`,
    attributes,
  });
}
// #endregion
