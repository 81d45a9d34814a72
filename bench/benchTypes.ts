/**
 * Types shared by the benchmark pages (bench/*.html) and `scripts/bench.mjs`, which drives them
 * through `window.sekBench`. Not part of the kit.
 */

/** One error of a burst: a Smartcar error body and, for per-vehicle errors, the vehicle's name. */
export interface BurstInput {
  readonly body: unknown;
  readonly vehicleName: string | null;
}

/** One React commit seen by the page's `<Profiler>`, in `performance.now()` ms. */
export interface CommitRecord {
  /** When React began rendering the update this commit ends. */
  readonly startTime: number;
  /** When React committed it. */
  readonly commitTime: number;
  /** When `onRender` ran (after the commit's DOM changes). */
  readonly endedAt: number;
}

/** What one burst measured in the page. */
export interface BurstResult {
  /** Errors shown. */
  readonly errors: number;
  /** Time spent in the synchronous `show` loop, ms. */
  readonly showMs: number;
  /**
   * First `show` → second animation frame after the first commit that changed the toast region, ms.
   */
  readonly firstPaintMs: number | null;
  /**
   * First `show` → second animation frame after the last commit that changed the toast region, ms.
   */
  readonly settledMs: number | null;
  /** Commits up to and including the last one that changed the toast region. */
  readonly commitsToSettle: number;
  /** All commits until the page was quiet (includes Radix's announcer clean-up 1 s later). */
  readonly commitsTotal: number;
  /**
   * Toast nodes in the viewport at the end (`<li>`s unless the page says otherwise), with "N more".
   */
  readonly toastNodes: number;
  /** "N more" items among them (the kit only). */
  readonly moreNodes: number;
  /** The highest repeat count a toast shows (`data-sek-count`; the kit only, else 0). */
  readonly topCount: number;
  /**
   * Toasts the app still holds (kit: visible + queued; baseline: its state array; peers: their
   * store).
   */
  readonly held: number;
  /** Elements in the document at the end. */
  readonly domElements: number;
  /** Long tasks (> 50 ms) observed, total and longest, ms. */
  readonly longTaskMs: number;
  readonly longestTaskMs: number;
  /** Every commit, for `SEK_BENCH_VERBOSE=1`. */
  readonly commits: readonly CommitRecord[];
  /** When the toast region changed (`performance.now()` ms, MutationObserver callbacks). */
  readonly regionChanges: readonly number[];
  /** `performance.now()` at the first `show`. */
  readonly t0: number;
}

/** What the storm page measured. */
export interface StormResult {
  readonly errorsShown: number;
  readonly durationMs: number;
  readonly distinctKeys: number;
  readonly maxToastNodes: number;
  readonly maxDomElements: number;
  readonly commits: number;
  readonly longTaskMs: number;
  readonly longestTaskMs: number;
  /** Toasts the queue held at the end of the storm (visible + queued). */
  readonly heldAtEnd: number;
  readonly visibleAtEnd: number;
  readonly queuedAtEnd: number;
}

/** What was left alive after the storm page unmounted its app. */
export interface LeftoverResult {
  /** The provider's own queue, reached through the internal context (null when unreachable). */
  readonly queue: Readonly<Record<string, number>> | null;
  /** Timeouts scheduled since the app mounted that have neither run nor been cleared. */
  readonly timeouts: readonly string[];
  readonly intervals: readonly string[];
  readonly animationFrames: readonly string[];
  /** Listeners added since the app mounted, still on window, document or a connected node. */
  readonly listeners: readonly string[];
  /** Elements left in the app's container. */
  readonly containerElements: number;
  /** Elements left in `document.body` outside the container (portals, announcers). */
  readonly strayElements: number;
}

/**
 * The implementations a burst page measures: the kit, three peer toast libraries used as their
 * docs show (`toast()` + `<Toaster />`, or react-aria-components' queue and region), and the
 * plain-Radix baseline. The names are also `SEK_BENCH_IMPLS`'s.
 */
export type BurstImpl = 'kit' | 'sonner' | 'react-hot-toast' | 'react-aria' | 'baseline';

/** The API each page puts on `window.sekBench`. */
export interface BurstPageApi {
  readonly kind: BurstImpl;
  /** Resolves once the app mounted and the page is idle. */
  readonly ready: Promise<void>;
  /** Stores the burst's inputs (before the heap is measured). */
  prepare(inputs: readonly BurstInput[]): void;
  /** Shows every prepared input in one synchronous loop and waits until the page is quiet. */
  burst(): Promise<BurstResult>;
}

/**
 * What the profile page measured for one burst of the kit's `show`: each stage of `show` timed
 * alone over the same inputs (after untimed passes), then the whole path in the mounted app.
 * All in ms for the whole burst.
 */
export interface ProfileResult {
  readonly errors: number;
  /** `parseSmartcarError(body)` for every input. */
  readonly parseMs: number;
  /** `toErrorDisplay(parsed, { appName, vehicleName })` for every parsed error. */
  readonly displayMs: number;
  /** `ToastQueue.add(display)` for every display, into a fresh queue. */
  readonly queueMs: number;
  /** The synchronous loop of `useErrorToasts().show` in the mounted app. */
  readonly showMs: number;
  /** First `show` → end of the last React commit before the next animation frame. */
  readonly fullMs: number;
  /** Commits in `fullMs`. */
  readonly commits: number;
}

/** The profile page's API (`window.sekProfile`). */
export interface ProfilePageApi {
  readonly ready: Promise<void>;
  /** Times the stages, then the whole `show` path, for `inputs`. Call once per page. */
  run(inputs: readonly BurstInput[]): Promise<ProfileResult>;
}

/** The storm page's API. */
export interface StormPageApi {
  readonly ready: Promise<void>;
  /** Mounts the app (provider, toaster); resolves once it is idle. */
  mount(): Promise<void>;
  /** Shows `total` errors over `durationMs`, cycling vehicles × kinds. */
  storm(options: {
    readonly kinds: readonly unknown[];
    readonly vehicles: number;
    readonly total: number;
    readonly durationMs: number;
  }): Promise<StormResult>;
  /** Unmounts the app, waits `waitMs`, and counts what is left alive. */
  unmount(waitMs: number): Promise<LeftoverResult>;
}

declare global {
  interface Window {
    sekBench?: BurstPageApi;
    sekStorm?: StormPageApi;
    sekProfile?: ProfilePageApi;
  }
}

/** What the fleet page (`fleetPage.tsx`) measures for one fleet size. */
export interface FleetRenderResult {
  readonly vehicles: number;
  /** ms from `render()` to the second frame after React's commit. */
  readonly mountMs: number;
  /** ms from one more car's event to the second frame after React's commit. */
  readonly updateMs: number;
  /** Elements inside the summary after the mount, and after the update. */
  readonly nodes: number;
  readonly nodesAfterUpdate: number;
}
