export { ErrorToaster } from './ErrorToaster';
export type { ErrorToasterProps, ErrorToasterPart, ToastSwipeDirection } from './ErrorToasterProps';
export { createErrorToasts } from './createErrorToasts';
export type { CreateErrorToastsOptions, ErrorToastStore } from './createErrorToasts';
export { useErrorToasts } from './useErrorToasts';
export type { ShowErrorToastOptions, UseErrorToastsResult } from './useErrorToasts';
export { ToastQueueProvider } from './ToastQueueProvider';
export type { ToastQueueProviderProps } from './ToastQueueProvider';
