'use client';
import { useMemo, useState } from 'react';
import type { DisplayOptions } from '../../core/display/DisplayOptions';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { resolveErrorDisplay } from '../../core/display/index';
import { useSmartcarErrorConfig } from '../SmartcarErrorContext';
import { mergeLocales, mergeRecords } from '../provider/mergeSmartcarErrorConfig';

const NO_OPTIONS: DisplayOptions = {};

/**
 * The display model of a failure, for a component to render. `input` is anything
 * `parseSmartcarError` accepts (a response body or its JSON text, an SDK error, a Connect redirect
 * URL…), a `SmartcarError`, or an `ErrorDisplay` (returned as is).
 *
 * Wording options come from the nearest `SmartcarErrorProvider`, with `options` winning
 * (`messages` and `actions` key by key; `options.locales` are tried before the provider's).
 * Memoised over the pure `resolveErrorDisplay`; never throws, whatever `input` is.
 *
 * `retryAt` is anchored: when the same error (same `key`, request id and `Retry-After`) arrives
 * again as a new object — a re-parsed body, an inline literal — the first `retryAt` is kept, so a
 * parent's re-render does not restart a retry countdown. Pass `options.now` to control it.
 */
export function useErrorDisplay(input: unknown, options?: DisplayOptions): ErrorDisplay {
  const config = useSmartcarErrorConfig();
  const own = useMemo(() => readOptions(options), [options]);
  const appName = own.appName ?? config.appName;
  const locale = own.locale ?? config.locale;
  const { vehicleName, now } = own;
  const locales = useMemo(
    () => mergeLocales(own.locales, config.locales),
    [own.locales, config.locales],
  );
  const messages = useMemo(
    () => mergeRecords(config.messages, own.messages),
    [config.messages, own.messages],
  );
  const actions = useMemo(
    () => mergeRecords(config.actions, own.actions),
    [config.actions, own.actions],
  );

  const displayOptions = useMemo(() => {
    const merged: { -readonly [K in keyof DisplayOptions]: DisplayOptions[K] } = {};
    if (appName !== undefined) merged.appName = appName;
    if (locale !== undefined) merged.locale = locale;
    if (locales !== undefined) merged.locales = locales;
    if (messages !== undefined) merged.messages = messages;
    if (actions !== undefined) merged.actions = actions;
    if (vehicleName !== undefined) merged.vehicleName = vehicleName;
    if (now !== undefined) merged.now = now;
    return merged;
  }, [appName, locale, locales, messages, actions, vehicleName, now]);

  const computed = useMemo(
    () => resolveErrorDisplay(input, displayOptions),
    [input, displayOptions],
  );

  // Anchor retryAt per error (see above): "adjusting state while rendering", React's pattern
  // for remembering a value from an earlier render.
  const signature = retryAnchorSignature(computed === input, computed, now);
  const [anchor, setAnchor] = useState({ signature, retryAt: computed.retryAt });
  let retryAt = computed.retryAt;
  if (anchor.signature !== signature) {
    setAnchor({ signature, retryAt });
  } else if (signature !== null) {
    retryAt = anchor.retryAt;
  }

  return useMemo(
    () => (retryAt === computed.retryAt ? computed : { ...computed, retryAt }),
    [computed, retryAt],
  );
}

/** A plain copy of the caller's options; `{}` when they cannot be read (never throws). */
function readOptions(options: DisplayOptions | undefined): DisplayOptions {
  if (options === undefined || options === null) return NO_OPTIONS;
  try {
    const { appName, locale, locales, messages, actions, vehicleName, now } = options;
    return { appName, locale, locales, messages, actions, vehicleName, now } as DisplayOptions;
  } catch {
    return NO_OPTIONS;
  }
}

/** Identifies "the same error" for anchoring; null when there is nothing to anchor. */
function retryAnchorSignature(
  givenAsDisplay: boolean,
  display: ErrorDisplay,
  now: number | undefined,
): string | null {
  if (display.retryAt === null || now !== undefined || givenAsDisplay) return null;
  return JSON.stringify([display.key, display.requestId, display.retryAfterSeconds]);
}
