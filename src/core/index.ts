/**
 * `smartcar-error-kit/core`: the framework-free part of the kit — parsing, English wording, the
 * display model, vehicle issues and the toast types. No React import may reach this file (checked
 * by `npm run check:core`). Every public name is listed here, by what it is for: a name is here
 * because a user's code calls it or types a value with it (`npm run report:names` counts them).
 * Test hooks, the catalogue lookup and the toast queue stay internal.
 */

// Reading a failure: anything → one typed `SmartcarError` (never throws). The field types are
// for code that reads an error's fields; `parseBatchResponse` says which batch item failed (its
// path), which `parseSmartcarErrors` does not; the NETWORK codes let an app tell its own aborted
// requests and timeouts from other network failures; `isSmartcarError` holds across two copies
// of the kit, where `instanceof` does not.
export { SmartcarError, isSmartcarError } from './parse/SmartcarError';
export type {
  SmartcarErrorFields,
  SmartcarErrorFormat,
  SmartcarResolution,
  SmartcarVehicleInfo,
  SmartcarErrorDetailItem,
  SmartcarErrorJSON,
  SmartcarErrorState,
  SmartcarSignal,
} from './parse/SmartcarError';
export { parseSmartcarError } from './parse/parseSmartcarError';
export { parseSmartcarErrors } from './parse/parseSmartcarErrors';
export { parseSmartcarResponse } from './parse/parseSmartcarResponse';
export { parseConnectRedirect } from './parse/parseConnectRedirect';
export { parseBatchResponse, type BatchItemError } from './parse/parseBatchResponse';
export type { ParseContextInput } from './parse/ParseContext';
export { NETWORK_ABORTED, NETWORK_TIMEOUT } from './parse/readErrorInstanceParts';

// The documented types and codes, and the keys of `messages` overrides and locale packs.
export type { SmartcarErrorCode } from './catalogue/catalogue';
export type {
  ErrorActionKind,
  ErrorPoliteness,
  ErrorSeverity,
  SmartcarErrorType,
} from './catalogue/catalogueTypes';
export type { MessageKey, TitleKey } from './messages/messageKeys';

// Wording: the English pack (the reference for a pack of your own, README "Languages"), the
// packs' shape, and templates with the pack a locale resolves to, for UI you build yourself.
export { englishLocale } from './messages/englishLocale';
export { formatTemplate, type TemplateValues } from './messages/formatTemplate';
export { resolveLocalePack } from './messages/resolveLocalePack';
export type {
  CompleteLocalePack,
  FleetGroupKey,
  FleetStrings,
  LocalePack,
  MessageEntry,
  PluralText,
  UiStrings,
} from './messages/LocalePack';

// The display model: what the components render.
export { toErrorDisplay } from './display/toErrorDisplay';
export type {
  ErrorDisplay,
  ErrorAction,
  ErrorMessagePart,
  ErrorMessageTextPart,
  ErrorMessageLinkPart,
  ErrorDetailView,
} from './display/ErrorDisplay';
export type {
  DisplayOptions,
  MessageOverride,
  MessageOverrides,
  ActionOverrides,
} from './display/DisplayOptions';

// What is wrong right now, per vehicle, until Smartcar says it is resolved (fleets, webhooks).
export { createVehicleIssues, type CreateVehicleIssuesOptions } from './issues/createVehicleIssues';
export type {
  VehicleIssue,
  VehicleIssueAction,
  VehicleIssueGroup,
  VehicleIssueSignal,
  VehicleIssuesChange,
  VehicleIssuesSnapshot,
  VehicleIssuesStore,
} from './issues/types';

// What a toast store holds. The queue itself is internal: toasts are shown through a store
// (`createErrorToasts`, `useErrorToasts`), whose `show` builds each display with `toErrorDisplay`.
export type {
  ToastAddOptions,
  ToastItem,
  ToastQueueOptions,
  ToastQueueSnapshot,
} from './queue/types';

// Events a product team can count (what a person saw or did), without personal data.
export type {
  SmartcarErrorEvent,
  SmartcarErrorEventName,
  SmartcarErrorEventSurface,
} from './events/SmartcarErrorEvent';
