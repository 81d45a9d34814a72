import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { englishLocale, SmartcarErrorProvider, SupportContactCard } from 'smartcar-error-kit';
import {
  infoDisplay,
  makeComponentDisplay,
  networkDisplay,
  supportDisplay,
} from '../../../test/fixtures/componentDisplays';
import { resetWarnings } from '../../core/internal/dev';

const SUPPORT = {
  email: 'help@example.com',
  url: 'https://example.com/help',
  phone: '+44 (0)20 7946-0958',
  hours: 'Mon–Fri, 9:00–17:00 CET',
};

const ui = englishLocale.ui;

/** 2026-11-28T10:32:05Z */
const OCCURRED_AT = Date.UTC(2026, 10, 28, 10, 32, 5);

function card(): HTMLElement {
  return screen.getByRole('region', { name: 'Contact support' });
}

function row(part: string): HTMLElement | null {
  return card().querySelector(`[data-sek-part="${part}"]`);
}

function mailtoParts(href: string): { address: string; subject: string; body: string } {
  const match = /^mailto:([^?]+)\?subject=([^&]*)&body=(.*)$/.exec(href);
  if (match === null) throw new Error(`not a prefilled mailto: ${href}`);
  return {
    address: match[1] ?? '',
    subject: decodeURIComponent(match[2] ?? ''),
    body: decodeURIComponent(match[3] ?? ''),
  };
}

describe('SupportContactCard — markup (C-1)', () => {
  it('C-1.1/C-1.2/C-1.3: a <section> named by its <h2> title, focusable by script only', () => {
    render(<SupportContactCard error={supportDisplay} support={SUPPORT} />);
    expect(card().tagName).toBe('SECTION');
    expect(card()).toHaveAttribute('tabindex', '-1');
    expect(
      within(card()).getByRole('heading', { level: 2, name: 'Contact support' }),
    ).toBeInTheDocument();
  });

  it('C-1.2: headingLevel sets the title level', () => {
    render(<SupportContactCard error={supportDisplay} headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent('Contact support');
  });

  it('C-1.4: forwards id, aria-label and data-* to the root', () => {
    render(<SupportContactCard error={supportDisplay} id="c" aria-label="Help" data-x="1" />);
    const root = screen.getByRole('region', { name: 'Help' });
    expect(root).toHaveAttribute('id', 'c');
    expect(root).toHaveAttribute('data-x', '1');
  });
});

describe('SupportContactCard — request id (C-2)', () => {
  it('C-2.1/C-2.2: the id in a monospace field with a Copy button described by its label', () => {
    render(<SupportContactCard error={supportDisplay} />);
    const value = row('request-id-value');
    expect(value).toHaveTextContent('5dea93a1-3f79-4246-90c5-89610a20471b');
    expect(value).toHaveAttribute('data-sek-mono');
    const copy = within(card()).getByRole('button', { name: ui.supportCopy });
    expect(copy).toHaveAttribute('type', 'button');
    expect(copy).toHaveAccessibleDescription(ui.supportRequestId);
  });

  it('C-2.4: the copy status region exists from the start, empty', () => {
    render(<SupportContactCard error={supportDisplay} />);
    const status = within(card()).getByRole('status');
    expect(status).toBeEmptyDOMElement();
  });

  it('C-2.6: without a request id, no Copy button, a "no request ID" line, contacts still offered', () => {
    render(<SupportContactCard error={networkDisplay} support={SUPPORT} />);
    expect(within(card()).queryByRole('button', { name: ui.supportCopy })).toBeNull();
    expect(row('no-request-id')).toHaveTextContent(ui.supportNoRequestId);
    expect(within(card()).getByRole('link', { name: 'help@example.com' })).toBeInTheDocument();
  });
});

describe('SupportContactCard — facts (C-3)', () => {
  it('C-3.1: the code is TYPE.CODE, or TYPE alone', () => {
    const { unmount } = render(<SupportContactCard error={supportDisplay} />);
    expect(row('code')).toHaveTextContent('SERVER.MULTIPLE_RECORDS_FOUND');
    unmount();
    render(<SupportContactCard error={networkDisplay} />);
    expect(row('code')).toHaveTextContent(/NETWORK$/);
  });

  it('C-3.2: no time without occurredAt; the clock is never read', () => {
    const now = vi.spyOn(Date, 'now');
    render(<SupportContactCard error={supportDisplay} />);
    expect(row('time')).toBeNull();
    expect(card().querySelector('time')).toBeNull();
    expect(now).not.toHaveBeenCalled();
    now.mockRestore();
  });

  it.each([NaN, Infinity, new Date('nope')])(
    'C-3.2: an invalid occurredAt (%p) shows no time',
    (value) => {
      render(<SupportContactCard error={supportDisplay} occurredAt={value} />);
      expect(row('time')).toBeNull();
    },
  );

  it('C-3.3: occurredAt renders a <time> with the ISO UTC datetime', () => {
    render(<SupportContactCard error={supportDisplay} occurredAt={new Date(OCCURRED_AT)} />);
    const time = card().querySelector('time');
    expect(time).toHaveAttribute('dateTime', '2026-11-28T10:32:05Z');
    expect(time?.textContent).toMatch(/2026/);
  });
});

describe('SupportContactCard — contacts (C-4)', () => {
  it('C-4.1: rows come from the support prop, else the provider', () => {
    const { unmount } = render(
      <SmartcarErrorProvider support={{ email: 'provider@example.com' }}>
        <SupportContactCard error={supportDisplay} />
      </SmartcarErrorProvider>,
    );
    expect(screen.getByRole('link', { name: 'provider@example.com' })).toBeInTheDocument();
    unmount();
    render(
      <SmartcarErrorProvider support={{ email: 'provider@example.com' }}>
        <SupportContactCard error={supportDisplay} support={{ email: 'prop@example.com' }} />
      </SmartcarErrorProvider>,
    );
    expect(screen.getByRole('link', { name: 'prop@example.com' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'provider@example.com' })).toBeNull();
  });

  it('C-4.2/C-4.6: the mailto link is prefilled, encoded, with CRLF lines', () => {
    render(
      <SupportContactCard
        error={supportDisplay}
        support={SUPPORT}
        appName="Fleet & Co ?#"
        occurredAt={OCCURRED_AT}
      />,
    );
    const href = screen.getByRole('link', { name: 'help@example.com' }).getAttribute('href') ?? '';
    const { address, subject, body } = mailtoParts(href);
    expect(address).toBe('help@example.com');
    expect(href).not.toMatch(/[ \n#]/);
    for (const value of [
      'Fleet & Co ?#',
      'SERVER.MULTIPLE_RECORDS_FOUND',
      supportDisplay.requestId,
    ]) {
      expect(subject).toContain(value);
    }
    const lines = body.split('\r\n');
    expect(lines.some((line) => line.includes('\n'))).toBe(false);
    for (const value of [
      'Fleet & Co ?#',
      '5dea93a1-3f79-4246-90c5-89610a20471b',
      'SERVER',
      'MULTIPLE_RECORDS_FOUND',
      '500',
      '2026-11-28T10:32:05Z',
    ]) {
      expect(lines.some((line) => line.includes(value))).toBe(true);
    }
    expect(lines.length).toBe(ui.supportEmailBody.split('\n').length);
  });

  it('C-4.6: missing request id, status and time are written as —, never null or undefined', () => {
    render(<SupportContactCard error={networkDisplay} support={SUPPORT} />);
    const href = screen.getByRole('link', { name: 'help@example.com' }).getAttribute('href') ?? '';
    const { subject, body } = mailtoParts(href);
    expect(subject).toContain('NETWORK');
    expect(subject).toContain(ui.appNameFallback);
    expect(body.match(/—/g)?.length).toBe(4); // request id, code, status, time
    expect(`${subject}${body}`).not.toMatch(/null|undefined|[{}]/);
  });

  it.each([
    'help@example.com?bcc=evil@example.com',
    'help@example.com&cc=x@y.z',
    'a b@example.com',
    'javascript:alert(1)//@x.com',
    '<img src=x>@x.com',
    'no-at-sign',
  ])('C-4.2: the address %p is not linked', (email) => {
    render(<SupportContactCard error={supportDisplay} support={{ email }} />);
    expect(row('email')).toBeNull();
    expect(card().querySelector('a[href^="mailto:"]')).toBeNull();
  });

  it('C-4.3: an http(s) support URL is a new-tab link; other schemes and credentials are dropped', () => {
    const { unmount } = render(<SupportContactCard error={supportDisplay} support={SUPPORT} />);
    const link = within(row('url') as HTMLElement).getByRole('link', {
      name: 'https://example.com/help (opens in a new tab)',
    });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    unmount();
    for (const url of [
      'javascript:alert(1)',
      'https://example.com@evil.example/',
      'https:evil.example',
    ]) {
      const { unmount: unmountHostile } = render(
        <SupportContactCard error={supportDisplay} support={{ url }} />,
      );
      expect(row('url')).toBeNull();
      unmountHostile();
    }
  });

  it('C-4.7: says once in development which configured contact it leaves out, and why', () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const refused = {
        email: 'help at example',
        url: 'https://hilfe.bücher.example/',
        phone: 'call us',
      };
      const { rerender } = render(<SupportContactCard error={supportDisplay} support={refused} />);
      rerender(<SupportContactCard error={networkDisplay} support={refused} />);
      const messages = warn.mock.calls.map((call) => String(call[0]));
      for (const [kind, value] of Object.entries(refused)) {
        expect(
          messages.filter((message) => message.includes(`support ${kind} "${value}"`)),
        ).toHaveLength(1);
      }
      expect(messages.find((message) => message.includes('support url'))).toMatch(/ASCII host/);
      warn.mockClear();
      resetWarnings();
      render(<SupportContactCard error={supportDisplay} support={SUPPORT} />);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('C-4.4/C-4.5: phone shown as given, tel: digits only; hours as text', () => {
    render(<SupportContactCard error={supportDisplay} support={SUPPORT} />);
    expect(screen.getByRole('link', { name: '+44 (0)20 7946-0958' })).toHaveAttribute(
      'href',
      'tel:+4402079460958',
    );
    expect(row('hours')).toHaveTextContent('Mon–Fri, 9:00–17:00 CET');
  });

  it.each(['call us!', '12', '<img src=x onerror=alert(1)> +1 555 0100', '+1 555 0100 ext. 7'])(
    'C-4.4: the phone %p is not shown',
    (phone) => {
      render(<SupportContactCard error={supportDisplay} support={{ phone }} />);
      expect(row('phone')).toBeNull();
    },
  );

  it('C-3.4: without contacts no contact list is rendered', () => {
    render(<SupportContactCard error={supportDisplay} />);
    expect(row('contacts')).toBeNull();
  });
});

describe('SupportContactCard — developer details (C-5)', () => {
  it('C-5.1: description, doc link and the error JSON only with showDeveloperDetails, closed', () => {
    const { rerender } = render(<SupportContactCard error={supportDisplay} />);
    expect(card()).not.toHaveTextContent('The vehicle is asleep.');
    rerender(<SupportContactCard error={supportDisplay} showDeveloperDetails />);
    const details = row('developer-details');
    expect(details?.tagName).toBe('DETAILS');
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('The vehicle is asleep.');
    expect(
      within(details as HTMLElement).getByRole('link', { hidden: true, name: /server-errors/ }),
    ).toHaveAttribute(
      'href',
      'https://smartcar.com/docs/errors/api-errors/server-errors#multiple-records-found',
    );
    // the parsed error's plain JSON form (display.error), not the raw input
    expect(row('developer-raw')).toHaveTextContent('"$smartcarError": 1');
    expect(row('developer-raw')).toHaveTextContent('"code": "MULTIPLE_RECORDS_FOUND"');
  });
});

describe('SupportContactCard — theming, robustness (C-6)', () => {
  it('C-6.1/C-6.2: theme, component and part attributes, classNames', () => {
    render(
      <SupportContactCard
        error={supportDisplay}
        support={SUPPORT}
        colorScheme="dark"
        theme={{ accent: '#ff00ff' }}
        className="host"
        classNames={{
          root: 'r',
          title: 't',
          intro: 'i',
          facts: 'f',
          requestId: 'q',
          copy: 'c',
          contacts: 'k',
        }}
      />,
    );
    const root = card();
    expect(root).toHaveAttribute('data-sek-component', 'support-card');
    expect(root).toHaveAttribute('data-sek-color-scheme', 'dark');
    expect(root.style.getPropertyValue('--sek-accent')).toBe('#ff00ff');
    expect(root).toHaveClass('host', 'r');
    for (const [part, name] of [
      ['title', 't'],
      ['intro', 'i'],
      ['facts', 'f'],
      ['request-id', 'q'],
      ['copy', 'c'],
      ['contacts', 'k'],
    ] as const) {
      expect(row(part)).toHaveClass(name);
    }
  });

  it('C-6.3: unstyled keeps names and the live region', () => {
    render(<SupportContactCard error={supportDisplay} unstyled />);
    expect(card()).toHaveAttribute('data-sek-unstyled', '');
    expect(within(card()).getByRole('status')).toBeInTheDocument();
  });

  it.each([null, 'x', 5, {}, infoDisplay])('C-6.4: renders for error=%p', (error) => {
    render(
      <SupportContactCard error={error} support={{ email: 5, url: {}, phone: [] } as never} />,
    );
    expect(card()).toBeInTheDocument();
  });

  it('C-6.4: a display with a non-string request id renders no id', () => {
    render(<SupportContactCard error={{ ...makeComponentDisplay(), requestId: { x: 1 } }} />);
    expect(row('no-request-id')).not.toBeNull();
  });
});

describe('SupportContactCard — ref (React 18 and 19)', () => {
  it('hands its <section> to a ref, with no console error', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ref = createRef<HTMLElement>();
    render(<SupportContactCard ref={ref} error={supportDisplay} support={SUPPORT} />);
    expect(ref.current).toBe(screen.getByRole('region', { name: ui.supportTitle }));
    expect(ref.current?.tagName).toBe('SECTION');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('has a display name for React DevTools', () => {
    expect(SupportContactCard.displayName).toBe('SupportContactCard');
  });
});
