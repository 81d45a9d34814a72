/**
 * Benchmark page for `npm run bench -- --profile`: where the synchronous time of the kit's `show`
 * goes. The kit's stages are its public core functions, timed alone with `performance.now()` over
 * the burst's inputs — parse (`parseSmartcarError`), display (`toErrorDisplay`, worded as the
 * provider words it), queue (`ToastQueue.add` into a fresh queue) — after untimed passes, so their
 * code is compiled as it is in a running app (median of a few timed passes). Then the same inputs
 * go through `useErrorToasts().show` in the mounted kit app (see `renderKitApp`), timed up to the
 * end of the last React commit before the next frame. What the stages do not explain is the hook
 * and React (option merge, scheduling, render, commit). No kit source is changed for this.
 */
import { ToastQueue, parseSmartcarError, toErrorDisplay } from 'smartcar-error-kit';
import type { DisplayOptions, ErrorDisplay, SmartcarError } from 'smartcar-error-kit';
import type { BurstInput, ProfileResult } from './benchTypes';
import { twoFrames } from './burstHarness';
import { createCommitLog } from './commitLog';
import { KIT_APP_NAME, renderKitApp } from './kitApp';

const log = createCommitLog();
const app = renderKitApp(log);

/** `performance.now()` in the next animation frame's callback. */
const nextFrame = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** Times each stage once over `inputs`, ms. */
function timeStages(inputs: readonly BurstInput[]) {
  const options: DisplayOptions[] = inputs.map((input) =>
    input.vehicleName === null
      ? { appName: KIT_APP_NAME }
      : { appName: KIT_APP_NAME, vehicleName: input.vehicleName },
  );
  const t0 = performance.now();
  const parsed: SmartcarError[] = inputs.map((input) => parseSmartcarError(input.body));
  const t1 = performance.now();
  const displays: ErrorDisplay[] = parsed.map((error, n) => toErrorDisplay(error, options[n]));
  const t2 = performance.now();
  const queue = new ToastQueue();
  for (const display of displays) queue.add(display);
  const t3 = performance.now();
  queue.destroy();
  return { parseMs: t1 - t0, displayMs: t2 - t1, queueMs: t3 - t2 };
}

/** Untimed passes first (so the optimising compiler has run), then timed ones (median kept). */
const WARM_PASSES = 3;
const TIMED_PASSES = 5;

const middle = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] ?? 0;

window.sekProfile = {
  ready: app.mounted.then(twoFrames),
  async run(inputs): Promise<ProfileResult> {
    for (let pass = 0; pass < WARM_PASSES; pass += 1) timeStages(inputs);
    const passes = Array.from({ length: TIMED_PASSES }, () => timeStages(inputs));
    const stages = {
      parseMs: middle(passes.map((pass) => pass.parseMs)),
      displayMs: middle(passes.map((pass) => pass.displayMs)),
      queueMs: middle(passes.map((pass) => pass.queueMs)),
    };
    await twoFrames();
    log.reset();
    const t0 = performance.now();
    for (const input of inputs) app.show(input);
    const showMs = performance.now() - t0;
    const frameAt = await nextFrame();
    const commits = log.records.filter((record) => record.endedAt <= frameAt);
    const end = commits.at(-1)?.endedAt ?? t0 + showMs;
    return {
      errors: inputs.length,
      ...stages,
      showMs,
      fullMs: end - t0,
      commits: commits.length,
    };
  },
};
