export { useErrorDisplay } from './useErrorDisplay';
export { useRetryCountdown } from './useRetryCountdown';
export type { RetryCountdown, RetryCountdownOptions } from './useRetryCountdown';
export { useCopyToClipboard } from './useCopyToClipboard';
export type {
  CopyStatus,
  CopyToClipboard,
  CopyToClipboardOptions,
  CopyButtonProps,
} from './useCopyToClipboard';
