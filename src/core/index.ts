/**
 * `smartcar-error-kit/core`: the framework-free part of the kit — parsing, the catalogue,
 * English wording, the display model and the toast queue. No React import may reach this file
 * (checked by `npm run check:core`). Every public name is listed here, by what it is for.
 */

// Reading a failure: anything → one typed `SmartcarError` (never throws).
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

// What Smartcar documents about each error.
export { lookupCatalogue } from './catalogue/lookupCatalogue';
export type { SmartcarErrorCode } from './catalogue/catalogue';
export type {
  CatalogueEntry,
  ErrorActionKind,
  ErrorPoliteness,
  ErrorSeverity,
  ResolutionType,
  SmartcarErrorType,
} from './catalogue/catalogueTypes';
export type { MessageKey, TitleKey } from './messages/messageKeys';

// Wording: the English pack, other packs' shape, templates.
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
export { resolveErrorDisplay } from './display/resolveErrorDisplay';
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

// The toast queue, for toasts shown from outside React.
export { ToastQueue } from './queue/ToastQueue';
export type {
  ToastAddOptions,
  ToastItem,
  ToastQueueDebugCounts,
  ToastQueueOptions,
  ToastQueueSnapshot,
} from './queue/types';

// Events a product team can count (what a person saw or did), without personal data.
export type { SmartcarErrorEventExtras } from './events/toSmartcarErrorEvent';
export type {
  SmartcarErrorEvent,
  SmartcarErrorEventName,
  SmartcarErrorEventSurface,
} from './events/SmartcarErrorEvent';
