/**
 * `smartcar-error-kit/testing`: every documented Smartcar failure as typed data, a Mock Service
 * Worker handler that answers with one, and a webhook signer, for an app's tests and stories.
 * Needs `msw` 2 (an optional peer dependency) for `smartcarErrorHandler`; nothing here reaches
 * the main entry.
 */
export { smartcarErrorFixtures, EXAMPLE_RETRY_AFTER_SECONDS } from './smartcarErrorFixtures';
export type { SmartcarErrorFixtures } from './smartcarErrorFixtures';
export type { SmartcarErrorFixture, SmartcarErrorFixtureKind } from './SmartcarErrorFixture';
export { smartcarPayloadFixtures } from './smartcarPayloadFixtures';
export type { SmartcarPayloadFixtures } from './smartcarPayloadFixtures';
export type { SmartcarPayloadFixture } from './SmartcarPayloadFixture';
export {
  DOCUMENTED_SMARTCAR_ERRORS,
  type DocumentedSmartcarErrorType,
  type DocumentedSmartcarErrorCode,
} from './documentedSmartcarErrors';
export {
  smartcarErrorResponse,
  type SmartcarErrorChoice,
  type SmartcarErrorResponseOptions,
} from './smartcarErrorResponse';
export {
  smartcarErrorHandler,
  type SmartcarErrorHandlerMethod,
  type SmartcarErrorHandlerOptions,
} from './smartcarErrorHandler';
export { signSmartcarEvent, type SignedSmartcarEvent } from './signSmartcarEvent';
