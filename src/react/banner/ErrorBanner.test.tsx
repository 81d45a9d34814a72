import { act, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import userEvent from '@testing-library/user-event';
import { ErrorBanner, SmartcarErrorProvider } from 'smartcar-error-kit';
import type { ErrorAction, ErrorDisplay } from 'smartcar-error-kit';
import {
  infoDisplay,
  makeComponentDisplay,
  openUrlDisplay,
  reconnectDisplay,
  reconnectHandlerDisplay,
  retryDisplay,
  secondarySupportDisplay,
  supportDisplay,
} from '../../../test/fixtures/componentDisplays';

/** Announcer timings, mirrored from the component (ANNOUNCE_DELAY_MS, ANNOUNCEMENT_CLEAR_MS). */
const ANNOUNCE_DELAY_MS = 100;
const ANNOUNCEMENT_CLEAR_MS = 5000;

/** The banner's root (a support card inside it is a region too). */
function banner(): HTMLElement {
  const root = document.querySelector<HTMLElement>('[data-sek-component="banner"]');
  if (root === null) throw new Error('no banner rendered');
  return root;
}

describe('ErrorBanner — markup and naming (B-1)', () => {
  it('B-1.1/B-1.2: renders a <section> region named by its title', () => {
    render(<ErrorBanner error={infoDisplay} />);
    const region = screen.getByRole('region', { name: 'Information: Already fully charged' });
    expect(region.tagName).toBe('SECTION');
  });

  it('B-1.2: aria-label replaces the title as name; aria-labelledby wins over aria-label', () => {
    const { rerender } = render(<ErrorBanner error={infoDisplay} aria-label="Charging problem" />);
    expect(screen.getByRole('region', { name: 'Charging problem' })).toBeInTheDocument();
    rerender(
      <>
        <span id="outside">Outside name</span>
        <ErrorBanner error={infoDisplay} aria-label="Charging problem" aria-labelledby="outside" />
      </>,
    );
    const region = screen.getByRole('region', { name: 'Outside name' });
    expect(region).not.toHaveAttribute('aria-label');
  });

  it.each([2, 3, 4, 5, 6] as const)(
    'B-1.3: the title is an <h%i> when headingLevel is set',
    (level) => {
      render(<ErrorBanner error={infoDisplay} headingLevel={level} />);
      expect(
        screen.getByRole('heading', { level, name: 'Information: Already fully charged' }),
      ).toBeInTheDocument();
    },
  );

  it('B-1.3: the title is an <h2> by default', () => {
    render(<ErrorBanner error={infoDisplay} />);
    expect(screen.getByRole('heading').tagName).toBe('H2');
  });

  it.each([
    ['critical', reconnectDisplay, 'Error'],
    ['warning', openUrlDisplay, 'Warning'],
    ['info', infoDisplay, 'Information'],
  ] as const)(
    'B-1.4/B-1.5: a %s banner says its severity in text and hides its icon',
    (severity, display, label) => {
      render(<ErrorBanner error={display} />);
      expect(banner()).toHaveAttribute('data-sek-severity', severity);
      expect(screen.getByRole('heading')).toHaveTextContent(new RegExp(`^${label}: `));
      const icon = banner().querySelector('[data-sek-part="icon"] svg');
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon).toHaveAttribute('data-sek-icon', severity);
    },
  );

  it('B-1.6: the root is focusable by script, not by Tab', () => {
    render(<ErrorBanner error={infoDisplay} />);
    expect(banner()).toHaveAttribute('tabindex', '-1');
  });

  it('B-1.7: forwards id, data-* and ref to the <section>', () => {
    const ref = { current: null as HTMLElement | null };
    render(<ErrorBanner error={infoDisplay} id="b1" data-testid="banner" ref={ref} />);
    expect(screen.getByTestId('banner')).toHaveAttribute('id', 'b1');
    expect(ref.current).toBe(banner());
  });
});

describe('ErrorBanner — announcement (B-2)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('B-2.1: the root has no alert or status role, whatever the severity', () => {
    render(<ErrorBanner error={reconnectDisplay} />);
    expect(banner()).not.toHaveAttribute('role');
  });

  it('B-2.2/B-2.3: a critical banner speaks once through an assertive region that starts empty', () => {
    render(<ErrorBanner error={reconnectDisplay} />);
    const alert = screen.getByRole('alert');
    expect(alert).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(alert).toHaveTextContent(
      'Error: Reconnect your car. Your car account needs you to sign in again. Reconnect to continue.',
    );
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('B-2.3: a warning speaks politely; the same error re-rendered stays silent; a new key speaks', () => {
    const { rerender } = render(<ErrorBanner error={openUrlDisplay} />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Warning: Virtual key needed.');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(ANNOUNCEMENT_CLEAR_MS));
    expect(status).toBeEmptyDOMElement(); // B-2.5
    rerender(<ErrorBanner error={{ ...openUrlDisplay }} />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(status).toBeEmptyDOMElement();
    rerender(<ErrorBanner error={infoDisplay} />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(status).toHaveTextContent('Information: Already fully charged.');
  });

  it('B-2.4: announce={false} keeps the regions but says nothing', () => {
    render(<ErrorBanner error={reconnectDisplay} announce={false} />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 10));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('B-2.6: never moves focus on mount', () => {
    render(
      <>
        <button type="button">before</button>
        <ErrorBanner error={reconnectDisplay} onDismiss={() => {}} />
      </>,
    );
    screen.getByRole('button', { name: 'before' }).focus();
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(screen.getByRole('button', { name: 'before' })).toHaveFocus();
  });
});

describe('ErrorBanner — message (B-3)', () => {
  it('B-3.2: a link part with the action’s http(s) URL is a new-tab link that says so', () => {
    render(<ErrorBanner error={reconnectDisplay} />);
    const message = banner().querySelector('[data-sek-part="message"]') as HTMLElement;
    const link = within(message).getByRole('link', { name: 'Reconnect (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://connect.smartcar.com/oauth/reauthenticate?x=1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('B-3.3: a link part without URL runs its action as a button', async () => {
    const onReconnect = vi.fn();
    const onAction = vi.fn();
    render(
      <ErrorBanner error={reconnectHandlerDisplay} onReconnect={onReconnect} onAction={onAction} />,
    );
    const message = banner().querySelector('[data-sek-part="message"]') as HTMLElement;
    await userEvent.click(within(message).getByRole('button', { name: 'Reconnect' }));
    expect(onAction).toHaveBeenCalledWith(
      reconnectHandlerDisplay.actions[0],
      reconnectHandlerDisplay,
      [],
    );
    expect(onReconnect).toHaveBeenCalledWith(reconnectHandlerDisplay, []);
  });

  it('B-3.3: a link part with neither URL nor action is plain text; a javascript: URL is never a link', () => {
    const display = makeComponentDisplay({
      message: [
        { kind: 'text', text: 'See ' },
        { kind: 'link', text: 'here', url: 'javascript:alert(1)' },
        { kind: 'text', text: ' for more.' },
      ],
      actions: [],
    });
    render(<ErrorBanner error={display} />);
    const message = banner().querySelector('[data-sek-part="message"]') as HTMLElement;
    expect(message).toHaveTextContent('See here for more.');
    expect(within(message).queryByRole('link')).toBeNull();
    expect(within(message).queryByRole('button')).toBeNull();
  });

  it('B-3.4: the detail renders as a list labelled by its label', () => {
    render(<ErrorBanner error={supportDisplay} />);
    const list = screen.getByRole('list', { name: 'Battery capacities found' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['83.9', '70.2']);
  });
});

describe('ErrorBanner — actions (B-4)', () => {
  it('B-4.1/B-4.2: actions in order, primary first; URL actions are links, others buttons; no dismiss action button', () => {
    render(<ErrorBanner error={openUrlDisplay} />);
    const actions = banner().querySelector('[data-sek-part="actions"]') as HTMLElement;
    const controls = Array.from(actions.querySelectorAll('[data-sek-part="action"]'));
    expect(controls.map((control) => control.getAttribute('data-sek-action'))).toEqual([
      'open-url',
      'billing',
    ]);
    expect(controls[0]?.tagName).toBe('A');
    expect(controls[0]).toHaveAttribute('data-sek-variant', 'primary');
    expect(controls[1]?.tagName).toBe('BUTTON'); // billing without a URL
    expect(controls[1]).toHaveAttribute('data-sek-variant', 'secondary');
    render(<ErrorBanner error={infoDisplay} />);
    expect(document.querySelector('[data-sek-action="dismiss"]')).toBeNull();
  });

  it('B-4.3: Retry calls onAction first, then onRetry, and does not dismiss (B-4.6)', async () => {
    const calls: string[] = [];
    const onDismiss = vi.fn();
    const display = retryDisplay(null);
    render(
      <ErrorBanner
        error={display}
        onAction={(action: ErrorAction, shown: ErrorDisplay) =>
          calls.push(`action:${action.kind}:${shown.key}`)
        }
        onRetry={(shown: ErrorDisplay) => calls.push(`retry:${shown.key}`)}
        onDismiss={onDismiss}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(calls).toEqual(['action:retry:RATE_LIMIT.VEHICLE', 'retry:RATE_LIMIT.VEHICLE']);
    expect(onDismiss).not.toHaveBeenCalled();
    expect(banner()).toBeInTheDocument();
  });

  it('B-4.3: a reconnect link calls onAction but not onReconnect (the link navigates)', async () => {
    const onAction = vi.fn();
    const onReconnect = vi.fn();
    render(<ErrorBanner error={reconnectDisplay} onAction={onAction} onReconnect={onReconnect} />);
    const actions = banner().querySelector('[data-sek-part="actions"]') as HTMLElement;
    const link = within(actions).getByRole('link', { name: /^Reconnect/ });
    link.addEventListener('click', (event) => event.preventDefault()); // jsdom: no navigation
    await userEvent.click(link);
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onReconnect).not.toHaveBeenCalled();
  });

  it('B-4.3: the handlers get the display’s vehicle as the vehicles concerned', async () => {
    const vehicle = {
      id: null,
      vin: '5YJ3E1EA7LF000316',
      make: 'Tesla',
      model: 'Model 3',
      year: 2020,
    };
    const onAction = vi.fn();
    const onRetry = vi.fn();
    const display = makeComponentDisplay({
      actions: [{ kind: 'retry', label: 'Try again' }],
      error: { vehicle },
    });
    render(<ErrorBanner error={display} onAction={onAction} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onAction).toHaveBeenCalledWith(display.actions[0], display, [vehicle]);
    expect(onRetry).toHaveBeenCalledWith(display, [vehicle]);
  });

  it('B-4.4: prop handlers replace the provider’s; without props the provider’s are used', async () => {
    const providerRetry = vi.fn();
    const propRetry = vi.fn();
    const display = retryDisplay(null);
    const { unmount } = render(
      <SmartcarErrorProvider onRetry={providerRetry}>
        <ErrorBanner error={display} onRetry={propRetry} />
      </SmartcarErrorProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(propRetry).toHaveBeenCalledTimes(1);
    expect(providerRetry).not.toHaveBeenCalled();
    unmount();
    render(
      <SmartcarErrorProvider onRetry={providerRetry}>
        <ErrorBanner error={display} />
      </SmartcarErrorProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(providerRetry).toHaveBeenCalledTimes(1);
  });

  it('B-4.5: a throwing handler is reported, not rethrown, and the banner stays', async () => {
    const reported = vi.fn();
    const original = globalThis.reportError;
    globalThis.reportError = reported;
    try {
      render(
        <ErrorBanner
          error={retryDisplay(null)}
          onAction={() => {
            throw new Error('host bug');
          }}
          onRetry={() => {
            throw new Error('host bug 2');
          }}
        />,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(reported).toHaveBeenCalledTimes(2);
      expect(banner()).toBeInTheDocument();
    } finally {
      globalThis.reportError = original;
    }
  });

  it('B-4.7/B-4.9: a retry with retryAt in the future shows seconds left and is disabled', () => {
    const display = retryDisplay(Date.now() + 60_000, 60);
    render(<ErrorBanner error={display} />);
    const retry = screen.getByRole('button', { name: /^Try again in \d+ s$/ });
    expect(retry).toBeDisabled();
    expect(retry).toHaveAttribute('data-sek-countdown', 'running');
  });

  it('B-4.7/B-4.8: when the countdown ends the button enables and one polite announcement is made', () => {
    vi.useFakeTimers();
    try {
      const display = retryDisplay(Date.now() + 3000, 3);
      render(<ErrorBanner error={display} announce={false} />);
      const retry = screen.getByRole('button', { name: 'Try again in 3 s' });
      const status = screen.getByRole('status');
      act(() => vi.advanceTimersByTime(1000));
      expect(retry).toHaveTextContent('Try again in 2 s');
      expect(status).toBeEmptyDOMElement(); // no tick announcements
      act(() => vi.advanceTimersByTime(2000));
      expect(retry).toBeEnabled();
      expect(retry).toHaveAccessibleName('Try again');
      expect(retry).toHaveAttribute('data-sek-countdown', 'ready');
      act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
      expect(status).toHaveTextContent('You can try again now.');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('ErrorBanner — dismissal (B-5)', () => {
  it('B-5.1: no dismiss button without onDismiss', () => {
    render(<ErrorBanner error={infoDisplay} />);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
  });

  it('B-5.2/B-5.3: dismiss calls onAction(dismiss) then onDismiss once per press; the banner stays', async () => {
    const calls: string[] = [];
    render(
      <ErrorBanner
        error={infoDisplay}
        onAction={(action: ErrorAction) => calls.push(`action:${action.kind}`)}
        onDismiss={() => calls.push('dismiss')}
      />,
    );
    const dismiss = screen.getByRole('button', { name: 'Dismiss' });
    expect(dismiss).toHaveAttribute('type', 'button');
    await userEvent.click(dismiss);
    await userEvent.click(dismiss);
    expect(calls).toEqual(['action:dismiss', 'dismiss', 'action:dismiss', 'dismiss']);
    expect(banner()).toBeInTheDocument();
    expect(dismiss).toHaveFocus(); // not moved
  });
});

describe('ErrorBanner — support card (B-6)', () => {
  it('B-6.1: a primary contact-support action folds the card in, one heading level down', () => {
    render(
      <ErrorBanner
        error={supportDisplay}
        headingLevel={3}
        support={{ email: 'help@example.com' }}
      />,
    );
    const card = screen.getByRole('region', { name: /^Contact support: ./ });
    expect(banner()).toContainElement(card);
    expect(
      within(card).getByRole('heading', { level: 4, name: 'Contact support' }),
    ).toBeInTheDocument();
    expect(within(card).getByText('5dea93a1-3f79-4246-90c5-89610a20471b')).toBeInTheDocument();
  });

  it('B-6.5: the folded card is named after the banner, so two support banners differ', () => {
    render(
      <>
        <ErrorBanner error={supportDisplay} support={{ email: 'help@example.com' }} />
        <ErrorBanner
          error={{ ...supportDisplay, key: 'other', title: 'Another problem' }}
          support={{ email: 'help@example.com' }}
        />
      </>,
    );
    const names = screen
      .getAllByRole('region', { name: /^Contact support: ./ })
      .map((card) => card.getAttribute('aria-label'));
    expect(names).toEqual([
      `Contact support: ${supportDisplay.title}`,
      'Contact support: Another problem',
    ]);
  });

  it('B-6.1: the card takes the provider’s support when the prop is absent', () => {
    render(
      <SmartcarErrorProvider support={{ phone: '+1 (555) 010-0199' }}>
        <ErrorBanner error={supportDisplay} />
      </SmartcarErrorProvider>,
    );
    expect(screen.getByRole('link', { name: '+1 (555) 010-0199' })).toHaveAttribute(
      'href',
      'tel:+15550100199',
    );
  });

  it('B-6.2/B-6.3: a secondary contact-support action reveals the card and focuses it', async () => {
    render(<ErrorBanner error={secondarySupportDisplay} support={{ email: 'help@example.com' }} />);
    expect(screen.queryByRole('region', { name: /^Contact support: ./ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Contact support' }));
    expect(screen.getByRole('region', { name: /^Contact support: ./ })).toHaveFocus();
  });

  it('B-6.4: developer details only with showDeveloperDetails', () => {
    const { rerender } = render(<ErrorBanner error={infoDisplay} />);
    expect(screen.queryByText('Developer details')).toBeNull();
    rerender(<ErrorBanner error={infoDisplay} showDeveloperDetails />);
    const details = banner().querySelector('details[data-sek-part="developer-details"]');
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('The vehicle is asleep.');
  });
});

describe('ErrorBanner — theming and parts (B-7)', () => {
  it('B-7.1: theme tokens become custom properties; props win over the provider', () => {
    render(
      <SmartcarErrorProvider colorScheme="dark" theme={{ accent: '#123456', radius: '2px' }}>
        <ErrorBanner error={infoDisplay} theme={{ accent: '#abcdef' }} colorScheme="light" />
      </SmartcarErrorProvider>,
    );
    expect(banner()).toHaveAttribute('data-sek-color-scheme', 'light');
    expect(banner().style.getPropertyValue('--sek-accent')).toBe('#abcdef');
    expect(banner().style.getPropertyValue('--sek-radius')).toBe('2px');
  });

  it('B-7.2/B-7.3: parts carry data-sek-part and their classNames', () => {
    render(
      <ErrorBanner
        error={supportDisplay}
        onDismiss={() => {}}
        className="host"
        classNames={{
          root: 'r',
          icon: 'i',
          title: 't',
          message: 'm',
          actions: 'a',
          detail: 'd',
          dismiss: 'x',
        }}
      />,
    );
    const root = banner();
    expect(root).toHaveClass('host', 'r');
    expect(root).toHaveAttribute('data-sek-component', 'banner');
    for (const [part, name] of [
      ['icon', 'i'],
      ['title', 't'],
      ['message', 'm'],
      ['actions', 'a'],
      ['detail', 'd'],
      ['dismiss', 'x'],
    ] as const) {
      expect(root.querySelector(`[data-sek-part="${part}"]`)).toHaveClass(name);
    }
  });

  it('B-7.4: unstyled marks the root and keeps names, roles and live regions', () => {
    render(<ErrorBanner error={reconnectDisplay} unstyled />);
    expect(banner()).toHaveAttribute('data-sek-unstyled', '');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Error: Reconnect your car' })).toBeInTheDocument();
  });
});

describe('ErrorBanner — robustness (B-8)', () => {
  it.each([null, undefined, '', 'oops', 42, { weird: true }, [], new Error('boom')])(
    'B-8.1: renders a banner for %p without throwing',
    (input) => {
      render(<ErrorBanner error={input} />);
      const title = banner().querySelector('[data-sek-part="title"]');
      expect(title?.textContent?.trim()).toMatch(/^\w+: \S/);
    },
  );

  it('B-8.1: a hand-built display with malformed lists still renders what is valid', () => {
    const display = {
      ...infoDisplay,
      message: [null, { kind: 'text', text: 'ok' }, { kind: 'text', text: { evil: 1 } }],
      actions: [{ kind: 'nope', label: 'x' }, { kind: 'retry', label: 'Go' }, 7],
      requestId: { id: 1 },
      detail: { label: 'L', items: ['a', { b: 1 }] },
    };
    render(<ErrorBanner error={display} />);
    expect(banner().querySelector('[data-sek-part="message"]')).toHaveTextContent('ok');
    expect(screen.getByRole('button', { name: 'Go' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'L' })).toHaveTextContent('a');
  });
});

describe('ErrorBanner — ref (React 18 and 19)', () => {
  it('hands its <section> to a ref, with no console error', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ref = createRef<HTMLElement>();
    render(<ErrorBanner ref={ref} error={infoDisplay} />);
    expect(ref.current).toBe(banner());
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('a callback ref gets the element, and the folded card still takes focus', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let root: HTMLElement | null = null;
    render(
      <ErrorBanner
        ref={(element) => {
          root = element;
        }}
        error={secondarySupportDisplay}
        support={{ email: 'help@example.com' }}
      />,
    );
    expect(root).toBe(banner());
    await userEvent.click(screen.getByRole('button', { name: 'Contact support' }));
    expect(screen.getByRole('region', { name: /^Contact support: ./ })).toHaveFocus();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('has a display name for React DevTools', () => {
    expect(ErrorBanner.displayName).toBe('ErrorBanner');
  });
});
