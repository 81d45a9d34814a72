/**
 * Benchmark page: the baseline — what an app writes without the kit. Plain Radix Toast
 * (`Provider`, `Viewport`, `Root`, `Title`, `Description`, `Close`) fed from a `useState` array
 * that appends every error, with a stylesheet of about the kit's weight. Toasts last 10 min
 * (see `NAIVE_TOAST_DURATION_MS`).
 */
import * as Toast from '@radix-ui/react-toast';
import { Profiler, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './baseline.css';
import { createBurstPage } from './burstHarness';
import { createCommitLog } from './commitLog';
import { mountSignal } from './mountSignal';
import { NAIVE_TOAST_DURATION_MS, naiveToast, type NaiveToast } from './naiveToast';

const log = createCommitLog();
const { mounted, markMounted } = mountSignal();
let append: ((toast: NaiveToast) => void) | null = null;
let held = 0;

function App() {
  const [toasts, setToasts] = useState<readonly NaiveToast[]>([]);
  useEffect(() => {
    held = toasts.length;
  });
  useEffect(() => {
    append = (toast) => setToasts((list) => [...list, toast]);
    markMounted();
  }, []);
  const remove = (id: number) => setToasts((list) => list.filter((toast) => toast.id !== id));
  return (
    <Toast.Provider swipeDirection="right" duration={NAIVE_TOAST_DURATION_MS}>
      {toasts.map((toast) => (
        <Toast.Root
          key={toast.id}
          className="toast"
          onOpenChange={(open) => {
            if (!open) remove(toast.id);
          }}
        >
          <Toast.Title className="title">{toast.title}</Toast.Title>
          <Toast.Description className="description">{toast.message}</Toast.Description>
          <Toast.Close className="close" aria-label="Close">
            ×
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="viewport" data-bench-viewport="" />
    </Toast.Provider>
  );
}

window.sekBench = createBurstPage({
  kind: 'baseline',
  log,
  mounted,
  show: (input) => append?.(naiveToast(input)),
  viewport: () => document.querySelector('[data-bench-viewport]'),
  held: () => held,
});

createRoot(document.getElementById('root')!).render(
  <Profiler id="baseline" onRender={log.onRender}>
    <App />
  </Profiler>,
);
