/**
 * Benchmark page: react-hot-toast as its docs show it — one `<Toaster />` whose toasts get a close
 * button the documented way (a `ToastBar` render function calling `toast.dismiss`), and `toast()`
 * for every error, with the library's own styles (goober, injected at run time). Same content as
 * the baseline; toasts last 10 min (see `NAIVE_TOAST_DURATION_MS`). Its store keeps at most 20
 * toasts (its default `toastLimit`) and drops older ones, which "held" shows.
 *
 * Region and viewport: the `<div data-rht-toaster>` the Toaster always renders; each toast is one
 * of its child `<div>`s (no `<li>`s).
 */
import { Profiler, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ToastBar, Toaster, toast, useToasterStore } from 'react-hot-toast';
import { createBurstPage } from './burstHarness';
import { createCommitLog } from './commitLog';
import { mountSignal } from './mountSignal';
import { NAIVE_TOAST_DURATION_MS, naiveToast } from './naiveToast';

const log = createCommitLog();
const { mounted, markMounted } = mountSignal();
let held = 0;

/** Reads the store's size after each commit (renders nothing). */
function HeldProbe() {
  const { toasts } = useToasterStore();
  useEffect(() => {
    held = toasts.length;
  });
  return null;
}

function App() {
  useEffect(() => markMounted(), []);
  return (
    <>
      <HeldProbe />
      <Toaster toastOptions={{ duration: NAIVE_TOAST_DURATION_MS }}>
        {(t) => (
          <ToastBar toast={t}>
            {({ icon, message }) => (
              <>
                {icon}
                {message}
                <button type="button" aria-label="Close" onClick={() => toast.dismiss(t.id)}>
                  ×
                </button>
              </>
            )}
          </ToastBar>
        )}
      </Toaster>
    </>
  );
}

const viewport = () => document.querySelector('[data-rht-toaster]');

window.sekBench = createBurstPage({
  kind: 'react-hot-toast',
  log,
  mounted,
  show: (input) => {
    const { title, message } = naiveToast(input);
    toast(
      <span>
        <strong>{title}</strong>
        <br />
        {message}
      </span>,
    );
  },
  region: viewport,
  viewport,
  toasts: () => [...(viewport()?.children ?? [])],
  held: () => held,
});

createRoot(document.getElementById('root')!).render(
  <Profiler id="react-hot-toast" onRender={log.onRender}>
    <App />
  </Profiler>,
);
