/**
 * `JSON.parse(text)`, or `undefined` when the text is not valid JSON. Smartcar sends valid JSON;
 * broken JSON (a documentation example with a missing comma, a truncated body) is read by the
 * opt-in `smartcar-error-kit/lenient` entry.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
