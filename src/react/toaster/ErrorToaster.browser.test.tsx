import { act, render, screen, waitFor, within } from '@testing-library/react';
import { Profiler } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ErrorToaster, SmartcarErrorProvider, ToastQueue } from 'smartcar-error-kit';
import { ToastQueueProvider } from './ToastQueueProvider';
import { userEvent } from 'vitest/browser';
import '../../theme/styles.css';
import type { ErrorDisplay } from 'smartcar-error-kit';
import { makeDisplay } from '../../../test/fixtures/toastDisplays';
import {
  renderToaster,
  runOutsideActEnvironment,
  sleep,
} from '../../../test/fixtures/toasterHarness';
import { finishAnimations } from '../../../test/helpers/finishAnimations';

runOutsideActEnvironment();

const RETRY = [{ kind: 'retry', label: 'Try again' }] as const;

/** Enter/exit animations ended at once, so visibility checks see the settled toasts. */
const settled = finishAnimations;
function region() {
  return screen.getByRole('region', { name: 'Notifications (F8)' });
}
function toasts() {
  return [...document.querySelectorAll<HTMLElement>('[data-sek-part="toast"][data-state="open"]')];
}
async function show(api: () => { show: (input: unknown) => string }, ...inputs: unknown[]) {
  const ids: string[] = [];
  await act(async () => {
    for (const input of inputs) ids.push(api().show(input));
  });
  await settled();
  return ids;
}

describe('ErrorToaster: what it shows', () => {
  it('shows a toast with its title, message, actions and a named close button', async () => {
    const { api } = renderToaster();
    await show(api, makeDisplay({ title: 'Car asleep', actions: RETRY }));
    const toast = await within(region()).findByText('Car asleep');
    const root = toast.closest('li')!;
    expect(root).toHaveAttribute('data-sek-severity', 'warning');
    expect(within(root).getByText('Your car is asleep. Try again in a moment.')).toBeVisible();
    expect(within(root).getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(within(root).getByRole('button', { name: 'Close' })).toBeVisible();
  });

  it('counts repeats of one error in one toast ("×3", "Shown 3 times")', async () => {
    const { api } = renderToaster();
    await show(api, makeDisplay(), makeDisplay(), makeDisplay());
    expect(toasts()).toHaveLength(1);
    const count = toasts()[0]!.querySelector('[data-sek-part="count"]')!;
    expect(count).toHaveTextContent('×3');
    expect(count.querySelector('[aria-hidden="true"]')).toHaveTextContent('×3');
    expect(within(toasts()[0]!).getByText(/Shown 3 times/)).toBeInTheDocument();
  });

  it('shows at most maxVisible toasts and a "N more" button that shows the next ones', async () => {
    const { api } = renderToaster();
    await show(api, ...[0, 1, 2, 3, 4].map((n) => makeDisplay({ key: `K${n}`, title: `E${n}` })));
    expect(
      toasts().map((toast) => toast.querySelector('[data-sek-part="title"]')!.textContent),
    ).toEqual(['Warning: E0', 'Warning: E1', 'Warning: E2']);
    const more = screen.getByRole('button', { name: '2 more' });
    await userEvent.click(more);
    const next = await screen.findByText('E3');
    await settled();
    expect(next).toBeVisible();
    expect(screen.getByText('E4')).toBeVisible();
    expect(screen.queryByText('E1')).toBeNull();
    expect(screen.getByRole('button', { name: '2 more' })).toHaveFocus();
  });

  it('honours maxVisible from its props', async () => {
    const { api } = renderToaster({ toaster: { maxVisible: 1 } });
    await show(api, makeDisplay({ key: 'a' }), makeDisplay({ key: 'b' }));
    expect(toasts()).toHaveLength(1);
    expect(screen.getByRole('button', { name: '1 more' })).toBeVisible();
  });

  it('keeps the DOM and the waiting line bounded after 1000 distinct errors in one burst', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { api } = renderToaster();
    const displays = Array.from({ length: 1000 }, (_, n) => makeDisplay({ key: `car-${n}` }));
    await act(async () => {
      for (const display of displays) api().show(display);
    });
    expect(toasts()).toHaveLength(3);
    expect(region().querySelectorAll('li')).toHaveLength(4);
    // default maxQueued 50: the oldest 947 waiting errors were dropped
    expect(screen.getByRole('button', { name: '50 more' })).toBeVisible();
    expect(api().toasts).toMatchObject({ queuedCount: 50, dropped: 947 });
    warn.mockRestore();
  });

  it('ends 1000 repeats of one error as one toast counted 1000', async () => {
    const { api } = renderToaster();
    const display = makeDisplay();
    await act(async () => {
      for (let n = 0; n < 1000; n += 1) api().show(display);
    });
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]!.querySelector('[data-sek-part="count"] [aria-hidden]')).toHaveTextContent(
      '×1000',
    );
  });
});

describe('ErrorToaster: theming and layout', () => {
  it('sits fixed at the inline-end bottom corner, mirrored in RTL, swiped toward that edge', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const { api, unmount } = renderToaster({ dir });
      await show(api, makeDisplay());
      const viewport = document.querySelector<HTMLElement>('[data-sek-toaster]')!;
      const box = viewport.getBoundingClientRect();
      expect(getComputedStyle(viewport).position).toBe('fixed');
      expect(Math.round(box.bottom)).toBe(window.innerHeight);
      if (dir === 'ltr') expect(Math.round(box.right)).toBe(document.documentElement.clientWidth);
      else expect(Math.round(box.left)).toBe(0);
      expect(toasts()[0]).toHaveAttribute('data-swipe-direction', dir === 'ltr' ? 'right' : 'left');
      unmount();
    }
  });

  it('applies className, classNames, theme tokens and the region label; unstyled drops the look', async () => {
    const { api } = renderToaster({
      toaster: {
        className: 'host-toaster',
        classNames: { toast: 'host-toast', title: 'host-title', close: 'host-close' },
        theme: { accent: 'rgb(1, 2, 3)', critical: { background: 'rgb(250, 240, 240)' } },
        label: 'Vehicle alerts ({hotkey})',
        unstyled: true,
      },
    });
    await show(api, makeDisplay({ severity: 'critical' }));
    const viewport = screen
      .getByRole('region', { name: 'Vehicle alerts (F8)' })
      .querySelector('ol')!;
    expect(viewport).toHaveClass('host-toaster');
    expect(viewport).toHaveAttribute('data-sek-unstyled');
    expect(viewport.style.getPropertyValue('--sek-accent')).toBe('rgb(1, 2, 3)');
    expect(viewport.style.getPropertyValue('--sek-critical-background')).toBe('rgb(250, 240, 240)');
    expect(getComputedStyle(viewport).position).toBe('static');
    expect(toasts()[0]).toHaveClass('host-toast');
    expect(toasts()[0]!.querySelector('[data-sek-part="title"]')).toHaveClass('host-title');
    expect(within(toasts()[0]!).getByRole('button', { name: 'Close' })).toHaveClass('host-close');
  });
});

describe('ErrorToaster: durations (Radix counts them)', () => {
  // Radix runs each toast's timer on window.setTimeout and Date: these tests move that time by
  // hand. Intervals and animation frames stay real.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const advance = (ms: number) => act(async () => vi.advanceTimersByTime(ms));

  it('auto-dismisses after 5 s, and after 10 s when it has an action', async () => {
    const { api } = renderToaster();
    await show(api, makeDisplay({ key: 'plain' }), makeDisplay({ key: 'act', actions: RETRY }));
    await advance(4999);
    expect(toasts()).toHaveLength(2);
    await advance(1);
    expect(toasts()).toHaveLength(1);
    await advance(5000);
    expect(toasts()).toHaveLength(0);
    expect(api().toasts.visible).toHaveLength(0);
  });

  it('keeps a persistent toast until it is dismissed', async () => {
    const { api } = renderToaster();
    await show(api, makeDisplay({ persistent: true }));
    await advance(60 * 60 * 1000);
    expect(toasts()).toHaveLength(1);
  });

  it('restarts the time of a repeated or updated toast', async () => {
    const { api } = renderToaster();
    const [id] = await show(api, makeDisplay());
    await advance(4000);
    await show(api, makeDisplay()); // a repeat: ×2, its 5 s start again
    await advance(4999);
    expect(toasts()).toHaveLength(1);
    await act(async () => api().update(id!, makeDisplay({ title: 'Updated' })));
    await advance(4999);
    expect(toasts()).toHaveLength(1);
    await advance(1);
    expect(toasts()).toHaveLength(0);
  });

  it('pauses while the pointer is over the toasts and resumes when it leaves', async () => {
    const { api } = renderToaster();
    await show(api, makeDisplay({ title: 'Hover me' }));
    await advance(3000);
    // By role, not by text: the announcer repeats the toast's text, so a text locator can match
    // twice.
    await userEvent.hover(screen.getByRole('button', { name: 'Close' }));
    await advance(60_000);
    expect(toasts()).toHaveLength(1);
    await userEvent.hover(screen.getByRole('heading', { name: 'Fleet dashboard' }));
    await advance(1999);
    expect(toasts()).toHaveLength(1);
    await advance(1);
    expect(toasts()).toHaveLength(0);
  });

  it('pauses while focus is inside the toasts and while the window is blurred', async () => {
    const { api } = renderToaster();
    await show(api, makeDisplay());
    await userEvent.keyboard('{F8}');
    expect(region().querySelector('ol')).toHaveFocus();
    await advance(60_000);
    expect(toasts()).toHaveLength(1);
    await act(async () => screen.getByRole('searchbox').focus());
    await advance(2000);
    await act(async () => window.dispatchEvent(new Event('blur')));
    await advance(60_000);
    expect(toasts()).toHaveLength(1);
    await act(async () => window.dispatchEvent(new Event('focus')));
    await advance(2999);
    expect(toasts()).toHaveLength(1);
    await advance(1);
    expect(toasts()).toHaveLength(0);
  });
});

describe('ErrorToaster: keyboard and focus', () => {
  it('never moves focus when a toast appears', async () => {
    const { api } = renderToaster();
    const input = screen.getByRole('searchbox');
    await userEvent.click(input);
    await userEvent.keyboard('abc');
    await show(api, makeDisplay({ severity: 'critical', actions: RETRY }));
    await sleep(300);
    expect(input).toHaveFocus();
    await userEvent.keyboard('d');
    expect(input).toHaveValue('abcd');
  });

  it('reaches the region with F8, tabs through every control, and Escape dismisses the focused toast', async () => {
    const { api } = renderToaster();
    await show(
      api,
      makeDisplay({ key: 'a', title: 'First', actions: RETRY }),
      makeDisplay({ key: 'b', title: 'Second' }),
    );
    const input = screen.getByRole('searchbox');
    await userEvent.click(input);
    await userEvent.keyboard('{F8}');
    expect(region().querySelector('ol')).toHaveFocus();

    // Radix orders Tab newest first: Second, its Close; First, Try again, its Close.
    const visited: string[] = [];
    for (let n = 0; n < 5; n += 1) {
      await userEvent.tab();
      const active = document.activeElement as HTMLElement;
      visited.push(
        active.getAttribute('aria-label') ??
          (active.tagName === 'LI'
            ? `toast:${active.querySelector('[data-sek-part="title"]')!.textContent}`
            : active.textContent!),
      );
    }
    expect(visited).toEqual([
      'toast:Warning: Second',
      'Close',
      'toast:Warning: First',
      'Try again',
      'Close',
    ]);

    await userEvent.keyboard('{Shift>}{Tab}{/Shift}'); // back to "Try again" in First
    expect(document.activeElement).toHaveTextContent('Try again');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByText('First')).toBeNull());
    expect(screen.getByText('Second')).toBeVisible();
    expect(input).toHaveFocus();
  });

  it('ignores Escape pressed outside the toasts', async () => {
    const { api } = renderToaster();
    await show(api, makeDisplay({ title: 'Stay' }));
    await userEvent.click(screen.getByRole('searchbox'));
    await userEvent.keyboard('{Escape}');
    await sleep(100);
    expect(screen.getByText('Stay')).toBeVisible();
  });

  it('gives focus back when the close button dismisses the last toast', async () => {
    const { api } = renderToaster();
    await show(api, makeDisplay({ title: 'Only' }));
    const input = screen.getByRole('searchbox');
    await userEvent.click(input);
    await userEvent.keyboard('{F8}');
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('Close');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(toasts()).toHaveLength(0));
    expect(input).toHaveFocus();
  });

  it('gives focus back when the app dismisses the toast that has it', async () => {
    const { api } = renderToaster();
    const [id] = await show(api, makeDisplay({ title: 'Going' }));
    const input = screen.getByRole('searchbox');
    await userEvent.click(input);
    await userEvent.keyboard('{F8}');
    await userEvent.tab();
    expect(document.activeElement?.tagName).toBe('LI');
    await act(async () => api().dismiss(id!));
    await waitFor(() => expect(input).toHaveFocus());
  });
});

describe('ErrorToaster: actions', () => {
  it('runs the provider’s onRetry and dismisses the toast', async () => {
    const onRetry = vi.fn();
    const onAction = vi.fn();
    const { api } = renderToaster({ provider: { onRetry, onAction } });
    await show(api, makeDisplay({ title: 'Retry me', actions: RETRY }));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onAction).toHaveBeenCalledWith(
      RETRY[0],
      expect.objectContaining({ title: 'Retry me' }),
      [],
    );
    expect(onRetry).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(toasts()).toHaveLength(0));
  });

  it('keeps retry disabled with a countdown until retryAt', async () => {
    const { api } = renderToaster();
    await show(api, makeDisplay({ actions: RETRY, retryAt: Date.now() + 1500 }));
    const button = screen.getByRole('button', { name: /Try again|Retry in/ });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('data-sek-countdown', 'running');
    expect(button.textContent).toMatch(/\d/);
    await waitFor(() => expect(button).toBeEnabled(), { timeout: 3000 });
    expect(button).toHaveTextContent('Try again');
  });

  it('renders link actions only for http(s) URLs, and a contact-support link to the support URL', async () => {
    const { api } = renderToaster({ provider: { support: { url: 'https://help.example.com' } } });
    await show(
      api,
      makeDisplay({
        key: 'links',
        actions: [
          { kind: 'reconnect', label: 'Reconnect', url: 'javascript:alert(1)' },
          { kind: 'contact-support', label: 'Contact support' },
        ],
      }),
    );
    const toast = toasts()[0]!;
    expect(within(toast).getByRole('button', { name: 'Reconnect' })).toBeVisible();
    const link = within(toast).getByRole('link', { name: /Contact support/ });
    expect(link).toHaveAttribute('href', 'https://help.example.com');
    for (const anchor of document.querySelectorAll('a[href]')) {
      expect(anchor.getAttribute('href')).toMatch(/^https?:/);
    }
  });

  it('leaves contact-support out without a support URL or handler', async () => {
    const { api } = renderToaster();
    await show(
      api,
      makeDisplay({ actions: [{ kind: 'contact-support', label: 'Contact support' }] }),
    );
    expect(within(toasts()[0]!).queryByText('Contact support')).toBeNull();
  });
});

describe('ErrorToaster: under a storm', () => {
  /**
   * Radix's own work after a toast mounts (ref-set state, toast count, its announce) ends within
   * this.
   */
  const SETTLE_MS = 1500;

  /**
   * Commits of the toaster's subtree caused by `burst` (synchronous `add`s, after `before` has
   * settled), until everything settled.
   */
  async function commitsOf(burst: readonly ErrorDisplay[], before: readonly ErrorDisplay[] = []) {
    const queue = new ToastQueue();
    let commits = 0;
    const view = render(
      <ToastQueueProvider queue={queue}>
        <Profiler id="toaster" onRender={() => (commits += 1)}>
          <ErrorToaster />
        </Profiler>
      </ToastQueueProvider>,
    );
    for (const display of before) queue.add(display);
    await sleep(before.length > 0 ? SETTLE_MS : 300);
    commits = 0;
    for (const display of burst) queue.add(display);
    await sleep(SETTLE_MS);
    const liCount = document.querySelectorAll('[data-sek-toaster] > li').length;
    view.unmount();
    queue.destroy();
    return { commits, liCount };
  }
  const repeats = (count: number) => Array.from({ length: count }, () => makeDisplay());
  const distinct = (count: number) =>
    Array.from({ length: count }, (_, n) => makeDisplay({ key: `car-${n}` }));

  // Mounting a Radix toast costs a handful of commits of Radix's own (state set from refs, its
  // toast count in a transition, its announce region a frame and 1 s later): 6 for one plain
  // Radix toast measured here, batched a little differently from run to run. The kit adds one
  // commit per burst, so the total stays this small constant however many errors arrive.
  const MAX_COMMITS_TO_SHOW_A_BURST = 10;

  it('renders 1000 repeats of one error in a constant number of commits, as one toast', async () => {
    const one = await commitsOf(repeats(1));
    const storm = await commitsOf(repeats(1000));
    expect(one.commits).toBeLessThanOrEqual(MAX_COMMITS_TO_SHOW_A_BURST);
    expect(storm.commits).toBeLessThanOrEqual(MAX_COMMITS_TO_SHOW_A_BURST);
    expect(storm.liCount).toBe(1);
  });

  it('renders 1000 distinct errors in a constant number of commits, as 3 toasts and "N more"', async () => {
    const storm = await commitsOf(distinct(1000));
    expect(storm.commits).toBeLessThanOrEqual(MAX_COMMITS_TO_SHOW_A_BURST);
    expect(storm.liCount).toBe(4);
  });

  it('renders 1000 more repeats of a visible toast in one commit', async () => {
    const result = await commitsOf(repeats(1000), repeats(1));
    expect(result).toEqual({ commits: 1, liCount: 1 });
  });
});

describe('ErrorToaster: server rendering and hydration', () => {
  it('renders nothing on the server and hydrates without a mismatch, then announces', async () => {
    const queue = new ToastQueue();
    queue.add(makeDisplay({ title: 'Queued before hydration' }));
    const app = (
      <SmartcarErrorProvider>
        <ToastQueueProvider queue={queue}>
          <p>app</p>
          <ErrorToaster />
        </ToastQueueProvider>
      </SmartcarErrorProvider>
    );
    const html = renderToString(app);
    expect(html).toBe('<p>app</p>');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const root = hydrateRoot(container, app, { onRecoverableError: recoverable });
    try {
      await waitFor(() => expect(screen.getByText('Queued before hydration')).toBeInTheDocument());
      await waitFor(() =>
        expect(document.querySelector('[data-sek-live="polite"]')).toHaveTextContent(
          'Queued before hydration',
        ),
      );
      expect(recoverable).not.toHaveBeenCalled();
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      root.unmount();
      container.remove();
      queue.destroy();
    }
  });
});
