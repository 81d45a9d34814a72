import { render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { useCopyToClipboard } from 'smartcar-error-kit';

const REQUEST_ID = '5dea93a1-3f79-4246-90c5-89610a20471b';

function CopyRequestId() {
  const { getButtonProps, status } = useCopyToClipboard();
  return (
    <>
      <button {...getButtonProps(REQUEST_ID)}>Copy request id</button>
      <output>{status}</output>
    </>
  );
}

/** What a real `copy` command put on the clipboard: the selection when the event fired. */
function recordCopyEvents(): string[] {
  const copied: string[] = [];
  const onCopy = () => copied.push(document.getSelection()?.toString() ?? '');
  document.addEventListener('copy', onCopy);
  onTestFinished(() => document.removeEventListener('copy', onCopy));
  return copied;
}

const status = () => screen.getByRole('status');

// Real clicks update state outside React's act(); tell React this is a real browser.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('useCopyToClipboard in Chromium', () => {
  it('copies with the real Clipboard API', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText'); // calls through
    const copyEvents = recordCopyEvents();
    render(<CopyRequestId />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy request id' }));
    await expect.poll(() => status().textContent).toBe('copied');
    expect(writeText).toHaveBeenCalledWith(REQUEST_ID);
    await expect(writeText.mock.results[0]?.value).resolves.toBeUndefined();
    expect(copyEvents).toEqual([]); // the API wrote it: no copy command ran
    // Reading back needs the clipboard-read permission, which a page cannot grant itself;
    // when the browser allows it, the text must be there.
    const readBack = await navigator.clipboard.readText().catch(() => null);
    if (readBack !== null) expect(readBack).toBe(REQUEST_ID);
  });

  it('reports failed when the Clipboard API is absent (an insecure context)', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    render(<CopyRequestId />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy request id' }));
    await expect.poll(() => status().textContent).toBe('failed');
  });

  it('reports failed when the API is denied', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    );
    render(<CopyRequestId />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy request id' }));
    await expect.poll(() => status().textContent).toBe('failed');
    expect(screen.getByRole('button')).toHaveAttribute('data-sek-copy-status', 'failed');
  });
});
