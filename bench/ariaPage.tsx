/**
 * Benchmark page: react-aria-components' toasts (1.22.1, still `UNSTABLE_`) as its docs show
 * them — a module-level `UNSTABLE_ToastQueue` (default options: every toast visible), one
 * `UNSTABLE_ToastRegion` rendering each as `UNSTABLE_Toast` with title, description and a close
 * button, and `queue.add(content, { timeout })` for every error. React Aria ships no styles, so
 * the toasts wear the baseline's stylesheet (and aria.css for its content wrapper). Same
 * content as the baseline; toasts last 10 min (see `NAIVE_TOAST_DURATION_MS`).
 *
 * Region: the toast region only exists while there are toasts, portalled into `<body>`, and
 * nothing else in this page's body changes (the app itself renders nothing else), so `<body>`
 * is observed. Viewport: the region's `<ol>`, whose `<li>`s (one per toast) are the toasts.
 */
import { Profiler, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import './baseline.css';
import './aria.css';
import { createBurstPage } from './burstHarness';
import { createCommitLog } from './commitLog';
import { mountSignal } from './mountSignal';
import { NAIVE_TOAST_DURATION_MS, naiveToast, type NaiveToast } from './naiveToast';

const log = createCommitLog();
const { mounted, markMounted } = mountSignal();
const queue = new ToastQueue<NaiveToast>();

function App() {
  useEffect(() => markMounted(), []);
  return (
    <ToastRegion queue={queue} className="viewport" data-bench-region="">
      {({ toast }) => (
        <Toast toast={toast} className="toast">
          <ToastContent>
            <Text slot="title" className="title">
              {toast.content.title}
            </Text>
            <Text slot="description" className="description">
              {toast.content.message}
            </Text>
          </ToastContent>
          <Button slot="close" className="close">
            ×
          </Button>
        </Toast>
      )}
    </ToastRegion>
  );
}

window.sekBench = createBurstPage({
  kind: 'react-aria',
  log,
  mounted,
  show: (input) => {
    queue.add(naiveToast(input), { timeout: NAIVE_TOAST_DURATION_MS });
  },
  region: () => document.body,
  viewport: () => document.querySelector('[data-bench-region] > ol'),
  held: () => queue.visibleToasts.length,
});

createRoot(document.getElementById('root')!).render(
  <Profiler id="react-aria" onRender={log.onRender}>
    <App />
  </Profiler>,
);
