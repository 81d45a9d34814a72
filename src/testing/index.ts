/**
 * `smartcar-error-kit/testing`: every documented Smartcar failure as typed data, a Mock Service
 * Worker handler that answers with one, and a webhook signer, for an app's tests and stories.
 * Needs `msw` 2 (an optional peer dependency) for `smartcarErrorHandler`; nothing here reaches
 * the main entry.
 */
// Every documented failure as data (`all`, `byName`, per type and code), and the Retry-After their
// rate-limit responses carry, so an app's test can assert its countdown.
export { smartcarErrorFixtures, EXAMPLE_RETRY_AFTER_SECONDS } from './smartcarErrorFixtures';
export type { SmartcarErrorFixtures } from './smartcarErrorFixtures';
export type { SmartcarErrorFixture, SmartcarErrorFixtureKind } from './SmartcarErrorFixture';
// Every payload file, failures or not (webhook events, batch and signals responses).
export { smartcarPayloadFixtures } from './smartcarPayloadFixtures';
export type { SmartcarPayloadFixtures } from './smartcarPayloadFixtures';
export type { SmartcarPayloadFixture } from './SmartcarPayloadFixture';
// The documented types and codes, which type the handler's and the response's choice.
export {
  DOCUMENTED_SMARTCAR_ERRORS,
  type DocumentedSmartcarErrorType,
  type DocumentedSmartcarErrorCode,
} from './documentedSmartcarErrors';
// A documented failure as a `Response`, and as a Mock Service Worker handler that answers with it.
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
// A webhook delivery signed as Smartcar signs it, for tests of an app's webhook endpoint.
export { signSmartcarEvent, type SignedSmartcarEvent } from './signSmartcarEvent';
