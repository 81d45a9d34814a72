'use client';
import { useMemo, useState } from 'react';
import type { ErrorDisplay } from '../../core/display/ErrorDisplay';
import { trust } from '../../core/display/readDisplay';
import { readOptions } from '../../core/display/readOptions';
import { toErrorDisplay } from '../../core/display/toErrorDisplay';
import { useSmartcarErrorConfig } from '../SmartcarErrorContext';
import {
  mergeDisplayOptions,
  type LooseDisplayOptions,
} from '../internal/mergeSmartcarErrorConfig';

/**
 * The display model of a failure, for a component to render. `input` is anything
 * `parseSmartcarError` accepts (a response body or its JSON text, an SDK error, a Connect redirect
 * URL…), a `SmartcarError`, or an `ErrorDisplay` (returned as is).
 *
 * Wording options come from the nearest `SmartcarErrorProvider`, with `options` winning
 * (`messages` and `actions` key by key; `options.locales` are tried before the provider's).
 * Memoised over the pure `toErrorDisplay`; never throws, whatever `input` is.
 *
 * `retryAt` is anchored: when the same error (same `key`, request id and `Retry-After`) arrives
 * again as a new object — a re-parsed body, an inline literal — the first `retryAt` is kept, so a
 * parent's re-render does not restart a retry countdown. Pass `options.now` to control it.
 */
export function useErrorDisplay(input: unknown, options?: LooseDisplayOptions): ErrorDisplay {
  const config = useSmartcarErrorConfig();
  const { appName, locale, locales, messages, actions, vehicleName, now } = useMemo(
    () => readOptions(options),
    [options],
  );
  // Keyed on each option, not on `options`: components pass a new object every render.
  const displayOptions = useMemo(
    () =>
      mergeDisplayOptions(config, {
        appName,
        locale,
        locales,
        messages,
        actions,
        vehicleName,
        now,
      }),
    [config, appName, locale, locales, messages, actions, vehicleName, now],
  );

  const computed = useMemo(() => toErrorDisplay(input, displayOptions), [input, displayOptions]);

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
    () => (retryAt === computed.retryAt ? computed : trust({ ...computed, retryAt })),
    [computed, retryAt],
  );
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
