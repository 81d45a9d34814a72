/**
 * `smartcar-error-kit`: the React kit — provider, hooks and components — plus everything in
 * `smartcar-error-kit/core` (listed there). Every public name of the React half is listed here,
 * by what it is for; each `…Props`, `…Part` and result type is here because an app wraps or
 * styles that component or keeps that result (`npm run report:names` counts the names).
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
  englishLocale,
  formatTemplate,
  resolveLocalePack,
  toErrorDisplay,
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
  type SmartcarErrorEvent,
  type SmartcarErrorEventName,
  type SmartcarErrorEventSurface,
} from './core/index';

// The provider: app name, language, handlers and support contacts for everything below it;
// `useSmartcarErrorConfig` reads them in a component of your own.
export { SmartcarErrorProvider } from './react/provider/SmartcarErrorProvider';
export type { SmartcarErrorProviderProps } from './react/provider/SmartcarErrorProvider';
export { useSmartcarErrorConfig } from './react/SmartcarErrorContext';
export type {
  SmartcarErrorConfig,
  SmartcarErrorHandlers,
  SupportContact,
} from './react/SmartcarErrorContext';

// The components, with their props and the `…Part` keys of their `classNames`.
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

// Toasts: from components (`useErrorToasts`) and from anywhere else (`createErrorToasts`, given
// to `SmartcarErrorProvider toasts`).
export { useErrorToasts } from './react/toaster/useErrorToasts';
export type { ShowErrorToastOptions, UseErrorToastsResult } from './react/toaster/useErrorToasts';
export { createErrorToasts } from './react/toaster/createErrorToasts';
export type { CreateErrorToastsOptions, ErrorToastStore } from './react/toaster/createErrorToasts';

// Hooks for building your own error UI on the display model (each has a Storybook page).
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

// Theming: tokens as CSS variables, and the kit's theme on a root of your own component.
export { themeToCssVars } from './theme/themeToCssVars';
export type { SmartcarErrorTheme, SeverityTokens, ColorScheme } from './theme/SmartcarErrorTheme';
export { useThemeRootProps } from './react/internal/useThemeRootProps';
export type { ThemeRootOptions, ThemeRootProps } from './react/internal/useThemeRootProps';
