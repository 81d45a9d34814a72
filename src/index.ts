/**
 * `smartcar-error-kit`: the React kit — provider, hooks and components — plus everything in
 * `smartcar-error-kit/core` (listed there). Every public name of the React half is listed here,
 * by what it is for.
 */
// Everything in `smartcar-error-kit/core` (see src/core/index.ts for what each is for).
export {
  SmartcarError,
  isSmartcarError,
  parseSmartcarError,
  parseSmartcarErrors,
  parseSmartcarResponse,
  parseConnectRedirect,
  parseBatchResponse,
  NETWORK_ABORTED,
  NETWORK_TIMEOUT,
  lookupCatalogue,
  englishLocale,
  formatTemplate,
  resolveLocalePack,
  toErrorDisplay,
  resolveErrorDisplay,
  ToastQueue,
  createVehicleIssues,
  type SmartcarErrorFields,
  type SmartcarErrorFormat,
  type SmartcarResolution,
  type SmartcarVehicleInfo,
  type SmartcarErrorDetailItem,
  type SmartcarErrorJSON,
  type SmartcarErrorState,
  type SmartcarSignal,
  type BatchItemError,
  type ParseContextInput,
  type SmartcarErrorCode,
  type CatalogueEntry,
  type ResolutionType,
  type SmartcarErrorType,
  type MessageKey,
  type TitleKey,
  type TemplateValues,
  type CompleteLocalePack,
  type FleetGroupKey,
  type FleetStrings,
  type LocalePack,
  type MessageEntry,
  type PluralText,
  type UiStrings,
  type ErrorDisplay,
  type ErrorAction,
  type ErrorActionKind,
  type ErrorSeverity,
  type ErrorPoliteness,
  type ErrorMessagePart,
  type ErrorMessageTextPart,
  type ErrorMessageLinkPart,
  type ErrorDetailView,
  type DisplayOptions,
  type MessageOverride,
  type MessageOverrides,
  type ActionOverrides,
  type ToastAddOptions,
  type ToastItem,
  type ToastQueueDebugCounts,
  type ToastQueueOptions,
  type ToastQueueSnapshot,
  type CreateVehicleIssuesOptions,
  type VehicleIssue,
  type VehicleIssueAction,
  type VehicleIssueGroup,
  type VehicleIssueSignal,
  type VehicleIssuesChange,
  type VehicleIssuesSnapshot,
  type VehicleIssuesStore,
  type SmartcarErrorEventExtras,
  type SmartcarErrorEvent,
  type SmartcarErrorEventName,
  type SmartcarErrorEventSurface,
} from './core/index';

// The provider: app name, language, handlers and support contacts for everything below it.
export { SmartcarErrorProvider } from './react/provider/SmartcarErrorProvider';
export type { SmartcarErrorProviderProps } from './react/provider/SmartcarErrorProvider';
export type { SmartcarErrorEventProps } from './react/internal/useKitEvents';
export { useSmartcarErrorConfig } from './react/SmartcarErrorContext';
export type {
  SmartcarErrorConfig,
  SmartcarErrorHandlers,
  SupportContact,
} from './react/SmartcarErrorContext';

// The components.
export { ErrorBanner } from './react/banner/ErrorBanner';
export type {
  ErrorBannerProps,
  ErrorBannerPart,
  ErrorBannerHeadingLevel,
} from './react/banner/ErrorBannerProps';
export { SupportContactCard } from './react/support-card/SupportContactCard';
export type {
  SupportContactCardProps,
  SupportContactCardPart,
} from './react/support-card/SupportContactCardProps';
export { FleetIssueSummary } from './react/fleet/FleetIssueSummary';
export type {
  FleetIssueSummaryProps,
  FleetIssueSummaryPart,
} from './react/fleet/FleetIssueSummaryProps';
export { ErrorToaster } from './react/toaster/ErrorToaster';
export type {
  ErrorToasterProps,
  ErrorToasterPart,
  ToastSwipeDirection,
} from './react/toaster/ErrorToasterProps';

// Toasts: from components (`useErrorToasts`) and from anywhere else (`createErrorToasts`).
export { useErrorToasts } from './react/toaster/useErrorToasts';
export type { ShowErrorToastOptions, UseErrorToastsResult } from './react/toaster/useErrorToasts';
export { createErrorToasts } from './react/toaster/createErrorToasts';
export type { CreateErrorToastsOptions, ErrorToastStore } from './react/toaster/createErrorToasts';
export { ToastQueueProvider } from './react/toaster/ToastQueueProvider';
export type { ToastQueueProviderProps } from './react/toaster/ToastQueueProvider';

// Hooks for building your own error UI on the display model.
export { useErrorDisplay } from './react/hooks/useErrorDisplay';
export { useRetryCountdown } from './react/hooks/useRetryCountdown';
export type { RetryCountdown, RetryCountdownOptions } from './react/hooks/useRetryCountdown';
export { useCopyToClipboard } from './react/hooks/useCopyToClipboard';
export type {
  CopyStatus,
  CopyToClipboard,
  CopyToClipboardOptions,
  CopyButtonProps,
} from './react/hooks/useCopyToClipboard';

// Theming.
export { themeToCssVars } from './theme/themeToCssVars';
export type { SmartcarErrorTheme, SeverityTokens, ColorScheme } from './theme/SmartcarErrorTheme';
export { useThemeRootProps } from './react/internal/useThemeRootProps';
export type { ThemeRootOptions, ThemeRootProps } from './react/internal/useThemeRootProps';
