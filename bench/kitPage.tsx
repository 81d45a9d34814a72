/**
 * Benchmark page: the kit as an app uses it — `SmartcarErrorProvider`, `ErrorToaster` with the
 * kit's stylesheet, and `useErrorToasts().show(body, { vehicleName })` for every error.
 */
import { Profiler, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorToaster, SmartcarErrorProvider, useErrorToasts } from 'smartcar-error-kit';
import type { UseErrorToastsResult } from 'smartcar-error-kit';
import '../src/theme/styles.css';
import type { BurstInput } from './benchTypes';
import { createBurstPage } from './burstHarness';
import { createCommitLog } from './commitLog';

const log = createCommitLog();
let api: UseErrorToastsResult | null = null;
let markMounted: () => void = () => {};
const mounted = new Promise<void>((resolve) => {
  markMounted = resolve;
});

/** Hands the hook's result to the harness, as any component of the app would use it. */
function ShowBridge() {
  const toasts = useErrorToasts();
  useEffect(() => {
    api = toasts;
  });
  useEffect(() => markMounted(), []);
  return null;
}

const show = (input: BurstInput) => {
  api?.show(
    input.body,
    input.vehicleName === null ? undefined : { vehicleName: input.vehicleName },
  );
};

window.sekBench = createBurstPage({
  kind: 'kit',
  log,
  mounted,
  show,
  viewport: () => document.querySelector('[data-sek-toaster]'),
  held: () => (api === null ? 0 : api.toasts.visible.length + api.toasts.queuedCount),
});

createRoot(document.getElementById('root')!).render(
  <Profiler id="kit" onRender={log.onRender}>
    <SmartcarErrorProvider appName="Fleet Bench">
      <ShowBridge />
      <ErrorToaster />
    </SmartcarErrorProvider>
  </Profiler>,
);
