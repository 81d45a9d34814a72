import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { useCopyToClipboard } from 'smartcar-error-kit';

const RESET_MS = 3000;

/** Replaces `navigator.clipboard` for one test; `undefined` removes the API. */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    get: () => (writeText === undefined ? undefined : { writeText }),
  });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  vi.useRealTimers();
});

async function copyWith(text = 'req-123') {
  const hook = renderHook(() => useCopyToClipboard());
  let copied: boolean | undefined;
  await act(async () => {
    copied = await hook.result.current.copy(text);
  });
  return { ...hook, copied };
}

describe('useCopyToClipboard', () => {
  it('starts idle', () => {
    expect(renderHook(() => useCopyToClipboard()).result.current.status).toBe('idle');
  });

  describe('Clipboard API available', () => {
    it('copies with navigator.clipboard.writeText and reports copied', async () => {
      const writeText = vi.fn(async () => {});
      stubClipboard(writeText);
      const { result, copied } = await copyWith('req-123');
      expect(writeText).toHaveBeenCalledWith('req-123');
      expect(copied).toBe(true);
      expect(result.current.status).toBe('copied');
    });
  });

  describe('Clipboard API denied (writeText rejects)', () => {
    it('reports failed, touching nothing else in the page', async () => {
      stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      const { result, copied } = await copyWith('req-123');
      expect(copied).toBe(false);
      expect(result.current.status).toBe('failed');
      expect(document.activeElement).toBe(outside);
      outside.remove();
    });

    it('reports failed when writeText throws synchronously', async () => {
      stubClipboard(() => {
        throw new Error('denied');
      });
      const { result, copied } = await copyWith();
      expect(copied).toBe(false);
      expect(result.current.status).toBe('failed');
    });
  });

  describe('Clipboard API absent (insecure context, old browser)', () => {
    it('reports failed', async () => {
      stubClipboard(undefined);
      const { result, copied } = await copyWith();
      expect(copied).toBe(false);
      expect(result.current.status).toBe('failed');
    });

    it('reports failed when reading navigator.clipboard throws', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        get() {
          throw new Error('blocked');
        },
      });
      const { result } = await copyWith();
      expect(result.current.status).toBe('failed');
    });
  });

  describe('status', () => {
    it(`returns to idle after ${RESET_MS} ms`, async () => {
      vi.useFakeTimers();
      stubClipboard(async () => {});
      const { result } = await copyWith();
      expect(result.current.status).toBe('copied');
      act(() => vi.advanceTimersByTime(RESET_MS - 1));
      expect(result.current.status).toBe('copied');
      act(() => vi.advanceTimersByTime(1));
      expect(result.current.status).toBe('idle');
    });

    it('honours resetAfterMs, and keeps the status with 0', async () => {
      vi.useFakeTimers();
      stubClipboard(undefined);
      const quick = renderHook(() => useCopyToClipboard({ resetAfterMs: 500 }));
      const kept = renderHook(() => useCopyToClipboard({ resetAfterMs: 0 }));
      await act(async () => {
        await quick.result.current.copy('x');
        await kept.result.current.copy('x');
      });
      act(() => vi.advanceTimersByTime(500));
      expect(quick.result.current.status).toBe('idle');
      expect(kept.result.current.status).toBe('failed');
      expect(vi.getTimerCount()).toBe(0);
    });

    it('passes through idle on each copy, so a repeated success is a new change', async () => {
      let release: () => void = () => {};
      stubClipboard(() => new Promise<void>((resolve) => (release = resolve)));
      const { result } = renderHook(() => useCopyToClipboard());
      const copyOnce = async () => {
        let pending: Promise<boolean> = Promise.resolve(false);
        act(() => {
          pending = result.current.copy('a');
        });
        const whileCopying = result.current.status;
        await act(async () => {
          release();
          await pending;
        });
        return [whileCopying, result.current.status];
      };
      expect(await copyOnce()).toEqual(['idle', 'copied']);
      expect(await copyOnce()).toEqual(['idle', 'copied']);
    });

    it('reports only the latest of overlapping copies', async () => {
      let releaseFirst: () => void = () => {};
      const writeText = vi
        .fn<(text: string) => Promise<void>>()
        .mockImplementationOnce(() => new Promise<void>((resolve) => (releaseFirst = resolve)))
        .mockImplementationOnce(() => Promise.reject(new Error('denied')));
      stubClipboard(writeText);
      const { result } = renderHook(() => useCopyToClipboard());
      let first: Promise<boolean> = Promise.resolve(false);
      await act(async () => {
        first = result.current.copy('one');
        await result.current.copy('two');
      });
      expect(result.current.status).toBe('failed');
      await act(async () => {
        releaseFirst();
        await first;
      });
      expect(await first).toBe(true);
      expect(result.current.status).toBe('failed');
    });

    it('clears its timer and ignores a late result after unmount', async () => {
      vi.useFakeTimers();
      stubClipboard(async () => {});
      const { result, unmount } = await copyWith();
      expect(vi.getTimerCount()).toBe(1);
      unmount();
      expect(vi.getTimerCount()).toBe(0);

      let release: () => void = () => {};
      stubClipboard(() => new Promise<void>((resolve) => (release = resolve)));
      const late = renderHook(() => useCopyToClipboard());
      const pending = late.result.current.copy('x');
      late.unmount();
      release();
      await expect(pending).resolves.toBe(true);
      expect(vi.getTimerCount()).toBe(0);
      expect(result.current.status).toBe('copied');
    });
  });

  describe('getButtonProps', () => {
    function CopyButton({ text }: { text: string }) {
      const { getButtonProps, status } = useCopyToClipboard();
      return <button {...getButtonProps(text)}>{status === 'copied' ? 'Copied' : 'Copy'}</button>;
    }

    it('gives a plain button that copies the text and exposes the status', async () => {
      const writeText = vi.fn(async () => {});
      stubClipboard(writeText);
      render(<CopyButton text="req-9" />);
      const button = screen.getByRole('button', { name: 'Copy' });
      expect(button).toHaveAttribute('type', 'button');
      expect(button).toHaveAttribute('data-sek-copy-status', 'idle');
      await act(async () => {
        fireEvent.click(button);
      });
      expect(writeText).toHaveBeenCalledWith('req-9');
      expect(screen.getByRole('button', { name: 'Copied' })).toHaveAttribute(
        'data-sek-copy-status',
        'copied',
      );
    });

    it('touches no browser API while rendering, on the server or the client', () => {
      let reads = 0;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        get() {
          reads += 1;
          return undefined;
        },
      });
      expect(renderToString(<CopyButton text="x" />)).toContain('data-sek-copy-status="idle"');
      render(<CopyButton text="x" />);
      expect(reads).toBe(0);
    });
  });
});
