export type {
  ErrorDisplay,
  ErrorAction,
  ErrorActionKind,
  ErrorSeverity,
  ErrorPoliteness,
  ErrorMessagePart,
  ErrorMessageTextPart,
  ErrorMessageLinkPart,
  ErrorDetailView,
} from './ErrorDisplay';
export type {
  DisplayOptions,
  MessageOverride,
  MessageOverrides,
  ActionOverrides,
} from './DisplayOptions';
export { toErrorDisplay } from './toErrorDisplay';
export { resolveErrorDisplay } from './resolveErrorDisplay';
