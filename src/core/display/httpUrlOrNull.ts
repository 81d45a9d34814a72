let lastInput: unknown = null;
let lastResult: string | null = null;

/** The value when it is an absolute `http:` or `https:` URL, else `null`. Never throws. */
export function httpUrlOrNull(value: unknown): string | null {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) return null;
  // one display checks the same resolution URL for its link and its action: parse it once
  if (value === lastInput) return lastResult;
  let result: string | null = null;
  try {
    const { protocol } = new URL(value);
    result = protocol === 'http:' || protocol === 'https:' ? value : null;
  } catch {
    result = null;
  }
  lastInput = value;
  lastResult = result;
  return result;
}
