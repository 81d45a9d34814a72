import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { ErrorBanner } from 'smartcar-error-kit';
import type { ErrorDisplay } from 'smartcar-error-kit';
import '../../theme/styles.css';
import {
  reconnectDisplay,
  reconnectHandlerDisplay,
  representativeDisplays,
  retryDisplay,
  secondarySupportDisplay,
  supportDisplay,
} from '../../../test/fixtures/componentDisplays';
import { violations } from '../../../test/fixtures/axeViolations';

const SUPPORT = {
  email: 'help@example.com',
  url: 'https://example.com/help',
  phone: '+1 555 0100',
};

/** Retry-After used by the countdown test, in seconds: short, so the test waits for real. */
const SHORT_RETRY_AFTER_S = 1;

/** Links open new tabs; keep the test page where it is. */
function stopNavigation(event: MouseEvent): void {
  if ((event.target as Element | null)?.closest('a')) event.preventDefault();
}
beforeAll(() => document.addEventListener('click', stopNavigation));
afterAll(() => document.removeEventListener('click', stopNavigation));

function focusedName(): string {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return '';
  return `${active.tagName.toLowerCase()}:${active.getAttribute('data-sek-action') ?? active.getAttribute('data-sek-part') ?? ''}:${active.textContent?.trim() ?? ''}`;
}

describe('ErrorBanner in Chromium — keyboard', () => {
  it('Tab visits message link, actions in order, then the dismiss button (B-5.1)', async () => {
    render(
      <>
        <button type="button">start</button>
        <ErrorBanner error={reconnectDisplay} onDismiss={() => {}} />
      </>,
    );
    screen.getByRole('button', { name: 'start' }).focus();
    const visited: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await userEvent.tab();
      visited.push(focusedName());
    }
    expect(visited).toEqual([
      'a:message-link:Reconnect (opens in a new tab)',
      'a:reconnect:Reconnect (opens in a new tab)',
      'button:dismiss:',
    ]);
  });

  it('Enter and Space activate buttons; Enter follows links (onAction only)', async () => {
    const onAction = vi.fn();
    const onReconnect = vi.fn();
    const onDismiss = vi.fn();
    render(
      <ErrorBanner
        error={reconnectHandlerDisplay}
        onAction={onAction}
        onReconnect={onReconnect}
        onDismiss={onDismiss}
      />,
    );
    const [messageButton, actionButton] = screen.getAllByRole('button', { name: 'Reconnect' });
    messageButton?.focus();
    await userEvent.keyboard('{Enter}');
    actionButton?.focus();
    await userEvent.keyboard(' ');
    expect(onReconnect).toHaveBeenCalledTimes(2);
    screen.getByRole('button', { name: 'Dismiss' }).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onDismiss).toHaveBeenCalledTimes(2);
    expect(onAction.mock.calls.map(([action]) => (action as { kind: string }).kind)).toEqual([
      'reconnect',
      'reconnect',
      'dismiss',
      'dismiss',
    ]);
  });

  it('Enter on a reconnect link calls onAction and not onReconnect', async () => {
    const onAction = vi.fn();
    const onReconnect = vi.fn();
    render(<ErrorBanner error={reconnectDisplay} onAction={onAction} onReconnect={onReconnect} />);
    const link = document.querySelector<HTMLElement>('a[data-sek-action="reconnect"]');
    link?.focus();
    await userEvent.keyboard('{Enter}');
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onReconnect).not.toHaveBeenCalled();
  });

  it('B-6.3: the contact-support button moves focus to the support card; Tab continues inside it', async () => {
    render(<ErrorBanner error={secondarySupportDisplay} support={SUPPORT} />);
    screen.getByRole('button', { name: 'Contact support' }).focus();
    await userEvent.keyboard('{Enter}');
    const card = await screen.findByRole('region', { name: /^Contact support: ./ });
    await waitFor(() => expect(card).toHaveFocus());
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('data-sek-part')).toBe('copy');
  });
});

describe('ErrorBanner in Chromium — retry countdown (B-4.7, B-4.8)', () => {
  it('keeps Retry disabled and out of the Tab order until Retry-After has passed, then enables it', async () => {
    const onRetry = vi.fn();
    const display = retryDisplay(Date.now() + SHORT_RETRY_AFTER_S * 1000, SHORT_RETRY_AFTER_S);
    render(
      <>
        <button type="button">start</button>
        <ErrorBanner error={display} onRetry={onRetry} announce={false} />
      </>,
    );
    const retry = screen.getByRole('button', { name: /^Try again in \d+ s$/ });
    expect(retry).toBeDisabled();
    screen.getByRole('button', { name: 'start' }).focus();
    await userEvent.tab();
    expect(retry).not.toHaveFocus();

    await waitFor(() => expect(retry).toBeEnabled(), {
      timeout: SHORT_RETRY_AFTER_S * 1000 + 2000,
    });
    expect(retry).toHaveAccessibleName('Try again');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('You can try again now.'),
    );

    screen.getByRole('button', { name: 'start' }).focus();
    await userEvent.tab();
    expect(retry).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledWith(display, []);
  });
});

describe('ErrorBanner in Chromium — axe (B-7.5)', () => {
  const schemes = ['light', 'dark'] as const;
  const directions = ['ltr', 'rtl'] as const;
  const cases = Object.entries(representativeDisplays).flatMap(([name, display]) =>
    schemes.flatMap((scheme) => directions.map((dir) => [name, scheme, dir, display] as const)),
  );

  it.each(cases)(
    '%s — %s, %s: no violations',
    async (_name, scheme, dir, display: ErrorDisplay) => {
      const { container } = render(
        <div dir={dir} lang="en">
          <ErrorBanner
            error={display}
            colorScheme={scheme}
            onDismiss={() => {}}
            support={SUPPORT}
            showDeveloperDetails
          />
        </div>,
      );
      expect(await violations(container)).toEqual([]);
    },
  );

  it('the check is live: a theme with unreadable text is reported as a contrast violation', async () => {
    const { container } = render(
      <ErrorBanner
        error={representativeDisplays['info dismiss'] as ErrorDisplay}
        theme={{ info: { text: '#a0a8b0', background: '#eaf2fe' } }}
      />,
    );
    expect((await violations(container)).some((line) => line.startsWith('color-contrast'))).toBe(
      true,
    );
  });

  it('a running countdown and an open support card pass axe in dark RTL', async () => {
    const { container } = render(
      <div dir="rtl" lang="en">
        <ErrorBanner
          error={retryDisplay(Date.now() + 60_000, 60)}
          colorScheme="dark"
          onDismiss={() => {}}
        />
        <ErrorBanner error={supportDisplay} colorScheme="dark" support={SUPPORT} headingLevel={3} />
      </div>,
    );
    expect(await violations(container)).toEqual([]);
  });
});
