/**
 * Copies text with the Clipboard API, falling back to `document.execCommand('copy')` on a
 * temporary, selected `<textarea>` when the API is missing (insecure context, old browser) or
 * refuses (permission denied, document not focused). Resolves to whether the text was copied;
 * never rejects. Browser-only: call it from an event handler, never during render.
 */
export async function copyTextToClipboard(text: string): Promise<boolean> {
  const value = String(text);
  const clipboard = clipboardApi();
  if (clipboard !== null) {
    try {
      await clipboard.writeText(value);
      return true;
    } catch {
      // Denied or unfocused: the legacy path below still works in many of those cases.
    }
  }
  return copyWithExecCommand(value);
}

function clipboardApi(): Pick<Clipboard, 'writeText'> | null {
  try {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    return clipboard !== undefined &&
      clipboard !== null &&
      typeof clipboard.writeText === 'function'
      ? clipboard
      : null;
  } catch {
    return null;
  }
}

/** The legacy path: select the text in an off-screen textarea and ask the browser to copy it. */
function copyWithExecCommand(text: string): boolean {
  if (typeof document === 'undefined' || document.body === null) return false;
  if (typeof document.execCommand !== 'function') return false;
  const previousFocus = document.activeElement;
  const selection = document.getSelection();
  const previousRanges: Range[] = [];
  if (selection !== null) {
    for (let i = 0; i < selection.rangeCount; i += 1) previousRanges.push(selection.getRangeAt(i));
  }
  const textarea = document.createElement('textarea');
  textarea.value = text;
  // readonly: no on-screen keyboard on touch devices; hidden from assistive technology.
  textarea.setAttribute('readonly', '');
  textarea.setAttribute('aria-hidden', 'true');
  textarea.tabIndex = -1;
  Object.assign(textarea.style, {
    position: 'fixed',
    top: '0',
    left: '0',
    width: '1px',
    height: '1px',
    padding: '0',
    border: '0',
    opacity: '0',
    pointerEvents: 'none',
    // 12pt keeps iOS Safari from zooming in on the focused field.
    fontSize: '12pt',
  });
  document.body.appendChild(textarea);
  try {
    // Focus first: some browsers copy only the selection of the focused field.
    textarea.focus({ preventScroll: true });
    textarea.select();
    textarea.setSelectionRange(0, text.length);
    return document.execCommand('copy') === true;
  } catch {
    return false;
  } finally {
    textarea.remove();
    if (selection !== null) {
      selection.removeAllRanges();
      for (const range of previousRanges) selection.addRange(range);
    }
    if (previousFocus instanceof HTMLElement && document.activeElement !== previousFocus) {
      previousFocus.focus({ preventScroll: true });
    }
  }
}
