/**
 * `smartcar-error-kit/server`: forwards a Smartcar failure from a server to the browser without
 * losing what the error UI needs (request id, Retry-After, resolution) or leaking what it must
 * not (tokens, stacks). No React, no DOM: standard `Response`, `Headers` and `JSON` only, for
 * Node 20+, edge runtimes and browsers (`npm run check:core` checks the import graph).
 */
export { toSmartcarErrorResponse, type SmartcarErrorResponseInit } from './toSmartcarErrorResponse';
export { toSmartcarErrorBody, type SmartcarErrorBody } from './toSmartcarErrorBody';
