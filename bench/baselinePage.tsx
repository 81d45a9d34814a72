/**
 * Benchmark page: the baseline — what an app writes without the kit. Plain Radix Toast
 * (`Provider`, `Viewport`, `Root`, `Title`, `Description`, `Close`) fed from a `useState` array
 * that appends every error, with a stylesheet of about the kit's weight.
 */
import * as Toast from '@radix-ui/react-toast';
import { Profiler, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './baseline.css';
import type { BurstInput } from './benchTypes';
import { createBurstPage } from './burstHarness';
import { createCommitLog } from './commitLog';

interface NaiveToast {
  readonly id: number;
  readonly title: string;
  readonly message: string;
}

/**
 * Radix's default toast duration is 5 s. On a loaded machine a burst of 1000 takes longer than
 * that to reach the screen, and the toasts then close one by one, each close re-rendering all
 * the others, for minutes; the kit's toasts do not time out during a measurement either. So the
 * baseline's toasts last 10 min, and the figures are those of the burst alone.
 */
const BASELINE_TOAST_DURATION_MS = 600_000;

const log = createCommitLog();
let append: ((toast: NaiveToast) => void) | null = null;
let held = 0;
let seq = 0;
let markMounted: () => void = () => {};
const mounted = new Promise<void>((resolve) => {
  markMounted = resolve;
});

const text = (value: unknown, fallback: string) =>
  typeof value === 'string' && value !== '' ? value : fallback;

/** What a hand-written app shows: the body's own fields. */
function naiveToast({ body, vehicleName }: BurstInput): NaiveToast {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const title = text(fields.type, 'Error');
  seq += 1;
  return {
    id: seq,
    title: vehicleName === null ? title : `${vehicleName}: ${title}`,
    message: text(fields.suggestedUserMessage, text(fields.description, 'Something went wrong.')),
  };
}

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
    <Toast.Provider swipeDirection="right" duration={BASELINE_TOAST_DURATION_MS}>
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
