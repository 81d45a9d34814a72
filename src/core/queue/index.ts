export { ToastQueue, EMPTY_TOAST_SNAPSHOT } from './ToastQueue';
export {
  DEFAULT_MAX_QUEUED,
  DEFAULT_MAX_VISIBLE,
  MIN_ACTION_TOAST_DURATION_MS,
  MIN_TOAST_DURATION_MS,
  resolveDuration,
} from './durations';
export type {
  ToastAddOptions,
  ToastItem,
  ToastQueueDebugCounts,
  ToastQueueOptions,
  ToastQueueSnapshot,
} from './types';
