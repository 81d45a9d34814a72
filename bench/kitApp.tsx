/**
 * The kit as an app uses it — `SmartcarErrorProvider`, `ErrorToaster` with the kit's stylesheet,
 * and `useErrorToasts().show(body, { vehicleName })` for every error — rendered under a
 * `<Profiler>` into `#root`. Shared by the burst page and the profile page, so both measure the
 * same app.
 */
import { Profiler, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorToaster, SmartcarErrorProvider, useErrorToasts } from 'smartcar-error-kit';
import type { UseErrorToastsResult } from 'smartcar-error-kit';
import '../src/theme/styles.css';
import type { BurstInput } from './benchTypes';
import type { CommitLog } from './commitLog';
import { mountSignal } from './mountSignal';

/** The provider's `appName` (the profile page words its displays with it too). */
export const KIT_APP_NAME = 'Fleet Bench';

export interface KitApp {
  /** Resolves once the app is mounted. */
  readonly mounted: Promise<void>;
  /** `useErrorToasts().show` for one input. */
  readonly show: (input: BurstInput) => void;
  /** Toasts the kit holds: visible + queued. */
  readonly held: () => number;
}

/** Renders the kit's app; every commit goes to `log`. */
export function renderKitApp(log: CommitLog): KitApp {
  const { mounted, markMounted } = mountSignal();
  let api: UseErrorToastsResult | null = null;

  /** Hands the hook's result to the harness, as any component of the app would use it. */
  function ShowBridge() {
    const toasts = useErrorToasts();
    useEffect(() => {
      api = toasts;
    });
    useEffect(() => markMounted(), []);
    return null;
  }

  createRoot(document.getElementById('root')!).render(
    <Profiler id="kit" onRender={log.onRender}>
      <SmartcarErrorProvider appName={KIT_APP_NAME}>
        <ShowBridge />
        <ErrorToaster />
      </SmartcarErrorProvider>
    </Profiler>,
  );

  return {
    mounted,
    show: (input) => {
      api?.show(
        input.body,
        input.vehicleName === null ? undefined : { vehicleName: input.vehicleName },
      );
    },
    held: () => (api === null ? 0 : api.toasts.visible.length + api.toasts.queuedCount),
  };
}
