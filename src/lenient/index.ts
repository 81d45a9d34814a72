/**
 * `smartcar-error-kit/lenient`: reads JSON that is almost JSON. Smartcar's API sends valid JSON,
 * so the main parser reads text with `JSON.parse` only; import this entry where error bodies can
 * arrive broken (copied documentation examples, truncated proxy logs) and their fields still
 * matter. No React; usable on the server.
 */
export { parseSmartcarErrorLenient } from './parseSmartcarErrorLenient';
export { parseLenientJson } from './parseLenientJson';
