import { render, screen } from '@testing-library/react';
import {
  parseSmartcarError,
  toErrorDisplay,
  useRetryCountdown,
  type ErrorDisplay,
} from 'smartcar-error-kit';
import { fixtureByName } from '../../../test/fixtures/smartcar';

/** A real RATE_LIMIT display with `msLeft` ms to wait from now. */
function rateLimited(msLeft: number): ErrorDisplay {
  const retryAfter = 10;
  const error = parseSmartcarError(fixtureByName('RATE_LIMIT__VEHICLE__1').json, {
    headers: { 'Retry-After': String(retryAfter) },
  });
  return toErrorDisplay(error, { appName: 'Volt', now: Date.now() - retryAfter * 1000 + msLeft });
}

function RetryButton({ display, seen }: { display: ErrorDisplay; seen: number[] }) {
  const { secondsLeft, ready } = useRetryCountdown(display);
  seen.push(secondsLeft);
  return (
    <button type="button" disabled={!ready}>
      {ready ? 'Retry' : `Retry in ${secondsLeft} s`}
    </button>
  );
}

// The countdown updates state from real timers, outside React's act().
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

describe('useRetryCountdown in Chromium', () => {
  it('counts down in real time and enables retry', async () => {
    const seen: number[] = [];
    render(<RetryButton display={rateLimited(2_500)} seen={seen} />);
    expect(screen.getByRole('button', { name: 'Retry in 3 s' })).toBeDisabled();
    await expect
      .poll(() => screen.getByRole('button').textContent, { timeout: 5_000, interval: 50 })
      .toBe('Retry');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
    // The first render reads no clock (as on a server) and takes the error's Retry-After (10);
    // the layout effect corrects it before paint (the DOM said 3 above). Then every whole
    // second, in order, none skipped.
    expect([...new Set(seen)]).toEqual([10, 3, 2, 1, 0]);
  });

  describe('page visibility', () => {
    let hidden = false;
    beforeEach(() => {
      hidden = false;
      // A page cannot hide itself; shadow the real getter and fire the real event instead.
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => (hidden ? 'hidden' : 'visible'),
      });
    });
    afterEach(() => {
      Reflect.deleteProperty(document, 'visibilityState');
    });
    const setHidden = (value: boolean) => {
      hidden = value;
      document.dispatchEvent(new Event('visibilitychange'));
    };

    it('stops ticking while hidden and re-syncs when shown', async () => {
      const seen: number[] = [];
      render(<RetryButton display={rateLimited(10_000)} seen={seen} />);
      expect(document.visibilityState).toBe('visible');
      setHidden(true);
      const rendersWhileHidden = seen.length;
      await new Promise((resolve) => setTimeout(resolve, 2_200));
      expect(seen.length).toBe(rendersWhileHidden);
      setHidden(false);
      await expect
        .poll(() => screen.getByRole('button').textContent, { timeout: 1_000, interval: 20 })
        .toMatch(/^Retry in (7|8) s$/);
    });
  });
});
