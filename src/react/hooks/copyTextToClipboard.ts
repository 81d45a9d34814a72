/**
 * Copies text with the Clipboard API (`navigator.clipboard.writeText`). Resolves to whether the
 * text was copied; never rejects. When the API is missing (an insecure context) or refuses
 * (permission denied, document not focused) it resolves `false`, and the UI selects the text so
 * the person copies it with Ctrl+C / ⌘C: that one fallback works everywhere, where the
 * deprecated `document.execCommand('copy')` works only in some browsers and contexts.
 * Browser-only: call it from an event handler, never during render.
 */
export async function copyTextToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(String(text));
    return true;
  } catch {
    // No API (reading `writeText` of undefined throws here too), or denied.
    return false;
  }
}
