/**
 * Benchmark page: sonner as its docs show it — one `<Toaster />` (here with its close button) and
 * `toast(title, { description })` for every error, with sonner's own stylesheet (injected by the
 * package). Same content as the baseline; toasts last 10 min (see `NAIVE_TOAST_DURATION_MS`).
 *
 * Region: the `<section>` sonner always renders (its live region); the `<ol data-sonner-toaster>`
 * inside exists only while there are toasts, and its `<li>`s are the toasts. Sonner holds its
 * toasts in a module-level store, read back with `toast.getToasts()`.
 */
import { Profiler, createRef, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Toaster, toast } from 'sonner';
import { createBurstPage } from './burstHarness';
import { createCommitLog } from './commitLog';
import { mountSignal } from './mountSignal';
import { NAIVE_TOAST_DURATION_MS, naiveToast } from './naiveToast';

const log = createCommitLog();
const { mounted, markMounted } = mountSignal();
const region = createRef<HTMLElement>();

function App() {
  useEffect(() => markMounted(), []);
  return <Toaster ref={region} closeButton duration={NAIVE_TOAST_DURATION_MS} />;
}

window.sekBench = createBurstPage({
  kind: 'sonner',
  log,
  mounted,
  show: (input) => {
    const { title, message } = naiveToast(input);
    toast(title, { description: message });
  },
  region: () => region.current,
  viewport: () => region.current?.querySelector('[data-sonner-toaster]') ?? null,
  held: () => toast.getToasts().length,
});

createRoot(document.getElementById('root')!).render(
  <Profiler id="sonner" onRender={log.onRender}>
    <App />
  </Profiler>,
);
