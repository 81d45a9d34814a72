/** Benchmark page: the kit as an app uses it (see `renderKitApp`). */
import { createBurstPage } from './burstHarness';
import { createCommitLog } from './commitLog';
import { renderKitApp } from './kitApp';

const log = createCommitLog();
const app = renderKitApp(log);

window.sekBench = createBurstPage({
  kind: 'kit',
  log,
  mounted: app.mounted,
  show: app.show,
  viewport: () => document.querySelector('[data-sek-toaster]'),
  held: app.held,
});
