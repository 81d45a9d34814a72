import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { FleetIssueSummary, SmartcarErrorProvider } from 'smartcar-error-kit';
import type { ErrorDisplay, LocalePack } from 'smartcar-error-kit';
import fr from 'smartcar-error-kit/locales/fr';
import {
  fleetIssues,
  setFleet,
  fleetVehicles,
  type FleetErrorKey,
} from '../../../test/fixtures/fleetEvents';

/** The summary's root. */
function summary(): HTMLElement {
  const root = document.querySelector<HTMLElement>('[data-sek-component="fleet"]');
  if (root === null) throw new Error('no summary rendered');
  return root;
}

const groupOf = (action: string) =>
  summary().querySelector<HTMLElement>(`[data-sek-part="group"][data-sek-action="${action}"]`)!;

const TESLA = {
  id: '123e4567-e89b-12d3-a456-426614174000',
  vin: '5YJ3E1EA7LF000316',
  make: 'Tesla',
  model: 'Model 3',
  year: 2020,
};

describe('FleetIssueSummary — markup and naming (F-1)', () => {
  it('F-1.1/F-1.2: a <section> region named by its <h2> heading', () => {
    render(<FleetIssueSummary issues={fleetIssues()} />);
    const region = screen.getByRole('region', { name: 'Vehicles with problems' });
    expect(region.tagName).toBe('SECTION');
    expect(screen.getByRole('heading', { name: 'Vehicles with problems' }).tagName).toBe('H2');
  });

  it('F-1.1: aria-label names it instead; aria-labelledby wins over aria-label', () => {
    const { rerender } = render(
      <FleetIssueSummary issues={fleetIssues()} aria-label="Fleet health" />,
    );
    expect(screen.getByRole('region', { name: 'Fleet health' })).toBeInTheDocument();
    rerender(
      <>
        <span id="outside">Outside name</span>
        <FleetIssueSummary
          issues={fleetIssues()}
          aria-label="Fleet health"
          aria-labelledby="outside"
        />
      </>,
    );
    expect(screen.getByRole('region', { name: 'Outside name' })).not.toHaveAttribute('aria-label');
  });

  it('F-1.2: headingLevel sets the title level, each group sentence one below', () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: [TESLA] }]);
    render(<FleetIssueSummary issues={store} headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent('Vehicles with problems');
    expect(screen.getByRole('heading', { level: 5 })).toHaveTextContent('1 car needs reconnecting');
  });

  it('F-1.3: one list item per group, in the store’s order, with action and severity', () => {
    const store = fleetIssues([
      { kind: 'reconnect', vehicles: fleetVehicles(3) },
      { kind: 'retry', vehicles: fleetVehicles(2, 3) },
      { kind: 'none', vehicles: fleetVehicles(1, 5) },
    ]);
    render(<FleetIssueSummary issues={store} />);
    const items = within(summary().querySelector('ul[data-sek-part="groups"]')!).getAllByRole(
      'listitem',
    );
    const groups = items.filter((item) => item.dataset['sekPart'] === 'group');
    expect(groups.map((group) => group.dataset['sekAction'])).toEqual([
      'reconnect',
      'retry',
      'none',
    ]);
    expect(groups.map((group) => group.dataset['sekSeverity'])).toEqual([
      'critical',
      'warning',
      'warning',
    ]);
  });

  it('F-1.4: with no issue, the region and heading stay, with the "no problems" line', () => {
    render(<FleetIssueSummary issues={fleetIssues()} />);
    expect(screen.getByText('No problems right now.')).toHaveAttribute('data-sek-part', 'empty');
    expect(summary().querySelector('[data-sek-part="groups"]')).toBeNull();
  });

  it('F-1.5: forwards root props and the ref to the <section>', () => {
    const ref = createRef<HTMLElement>();
    render(
      <FleetIssueSummary
        ref={ref}
        issues={fleetIssues()}
        id="fleet"
        data-testid="fleet-summary"
        style={{ maxWidth: 600 }}
      />,
    );
    expect(ref.current).toBe(summary());
    expect(summary()).toHaveAttribute('id', 'fleet');
    expect(summary()).toHaveAttribute('data-testid', 'fleet-summary');
    expect(summary().style.maxWidth).toBe('600px');
  });

  it('F-7.3: a value that is not a store renders the empty summary without throwing, and says so in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<FleetIssueSummary issues={null as never} />);
    expect(screen.getByText('No problems right now.')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('is not a store'));
    warn.mockRestore();
  });
});

describe('FleetIssueSummary — wording (F-2)', () => {
  it.each([
    ['reconnect', '1 car needs reconnecting', '3 cars need reconnecting'],
    ['billing', '1 car is blocked by billing', '3 cars are blocked by billing'],
    [
      'open-url',
      '1 car needs attention in the carmaker’s app',
      '3 cars need attention in the carmaker’s app',
    ],
    ['contact-support', '1 car needs help from support', '3 cars need help from support'],
    ['retry', '1 car can’t be reached right now', '3 cars can’t be reached right now'],
    ['none', '1 car has a problem the app can’t fix', '3 cars have a problem the app can’t fix'],
  ] as const)('F-2.1: %s reads "%s" / "%s"', async (kind, one, three) => {
    const store = fleetIssues([{ kind, vehicles: [TESLA] }]);
    render(<FleetIssueSummary issues={store} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(one);
    await act(async () => setFleet(store, [{ kind, vehicles: fleetVehicles(3) }]));
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(three);
  });

  it('F-2.2: counts distinct vehicles; issues that name none count as one', () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(2) }]);
    const [group] = store.getSnapshot().groups;
    const first = group!.issues[0]!;
    // a second issue of the first vehicle, and one of no vehicle: 3 distinct vehicles
    const again = { ...first, key: 'again' };
    const anonymous = { ...first, key: 'anonymous', vehicleKey: '', vehicle: null };
    const snapshot = {
      issues: [],
      groups: [{ ...group!, issues: [...group!.issues, again, anonymous] }],
    };
    const fixed = { ...store, getSnapshot: () => snapshot, getServerSnapshot: () => snapshot };
    render(<FleetIssueSummary issues={fixed} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('3 cars need');
  });

  it('F-2.3: counts use the language’s number format', () => {
    render(
      <FleetIssueSummary
        issues={fleetIssues([{ kind: 'retry', vehicles: fleetVehicles(1000) }])}
      />,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      '1,000 cars can’t be reached right now',
    );
  });

  it('F-2.4: follows the locale prop (French), and the provider’s locale', () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(2) }]);
    const { rerender } = render(
      <SmartcarErrorProvider locales={[fr]}>
        <FleetIssueSummary issues={store} locale="fr" />
      </SmartcarErrorProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Véhicules avec un problème',
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('2 voitures à reconnecter');
    expect(screen.getByRole('button', { name: 'Reconnecter' })).toBeInTheDocument();
    rerender(
      <SmartcarErrorProvider locales={[fr]} locale="fr-CA">
        <FleetIssueSummary issues={store} />
      </SmartcarErrorProvider>,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('2 voitures à reconnecter');
  });

  it('F-2.4: without a pack for the language it stays English; a pack’s own fleet wording wins', async () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(2) }]);
    const { rerender } = render(<FleetIssueSummary issues={store} locale="fr" />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('2 cars need reconnecting');
    const own: LocalePack = {
      ...fr,
      fleet: {
        title: 'Parc',
        empty: 'Rien',
        groups: { reconnect: { other: '{count} véhicules à relier' } } as never,
        more: { other: '+{count}' },
        showMore: 'Plus',
        showFewer: 'Moins',
      },
    };
    rerender(
      <SmartcarErrorProvider locales={[own]} locale="fr">
        <FleetIssueSummary issues={store} />
      </SmartcarErrorProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Parc');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('2 véhicules à relier');
    // a group the pack leaves out keeps the built-in French
    await act(async () => setFleet(store, [{ kind: 'retry', vehicles: fleetVehicles(2) }]));
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      '2 voitures injoignables pour le moment',
    );
  });
});

describe('FleetIssueSummary — vehicles named (F-3)', () => {
  it('F-3.1: names vehicles by year, make and model, else by VIN; unnamed ones are counted', () => {
    const store = fleetIssues([
      {
        kind: 'reconnect',
        vehicles: [
          TESLA,
          { id: 'bmw-1', vin: 'WBY73AW0XPFP00001', make: null, model: null, year: null },
          { id: null, vin: null, make: null, model: null, year: null },
        ],
      },
    ]);
    render(<FleetIssueSummary issues={store} />);
    expect(groupOf('reconnect').querySelector('[data-sek-part="vehicles"]')).toHaveTextContent(
      '2020 Tesla Model 3, WBY73AW0XPFP00001, and 1 more',
    );
  });

  it('F-3.1: writes makes as people do, whatever case the webhook sent (TESLA → Tesla)', () => {
    const shouting = [
      { id: 'a', vin: null, make: 'TESLA', model: 'Model 3', year: 2020 },
      { id: 'b', vin: null, make: 'MERCEDES_BENZ', model: 'EQS', year: 2023 },
    ];
    render(<FleetIssueSummary issues={fleetIssues([{ kind: 'retry', vehicles: shouting }])} />);
    expect(groupOf('retry').querySelector('[data-sek-part="vehicles"]')).toHaveTextContent(
      '2020 Tesla Model 3 and 2023 Mercedes-Benz EQS',
    );
  });

  it('F-3.2: a folded group names maxNames vehicles (default 3) and counts the rest', () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(10) }]);
    const { rerender } = render(<FleetIssueSummary issues={store} />);
    const vehicles = () => groupOf('reconnect').querySelector('[data-sek-part="vehicles"]');
    expect(vehicles()).toHaveTextContent(
      '2019 Tesla Model 3, 2020 BMW i4, 2021 Kia EV6, and 7 more',
    );
    expect([...vehicles()!.querySelectorAll('bdi')].map((name) => name.textContent)).toEqual([
      '2019 Tesla Model 3',
      '2020 BMW i4',
      '2021 Kia EV6',
      '7 more',
    ]);
    rerender(<FleetIssueSummary issues={store} maxNames={1} />);
    expect(vehicles()).toHaveTextContent('2019 Tesla Model 3 and 9 more');
  });

  it('F-3.2: with no more vehicles than maxNames, all are named and there is no disclosure', () => {
    const store = fleetIssues([{ kind: 'billing', vehicles: fleetVehicles(2) }]);
    render(<FleetIssueSummary issues={store} />);
    expect(groupOf('billing').querySelector('[data-sek-part="vehicles"]')).toHaveTextContent(
      '2019 Tesla Model 3 and 2020 BMW i4',
    );
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('F-3.3: the disclosure lists the names and folds them again', async () => {
    const user = userEvent.setup();
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(5) }]);
    render(<FleetIssueSummary issues={store} />);
    const toggle = screen.getByRole('button', { name: 'Show more' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAccessibleDescription('5 cars need reconnecting');
    const controlled = () => document.getElementById(toggle.getAttribute('aria-controls')!);
    expect(controlled()).toHaveTextContent('and 2 more');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Show fewer');
    expect(within(controlled()!).getAllByRole('listitem')).toHaveLength(5);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(controlled()?.tagName).toBe('P');
  });

  it('F-3.4: 1,000 vehicles render a bounded DOM, folded and unfolded', async () => {
    const user = userEvent.setup();
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(1000) }]);
    render(<FleetIssueSummary issues={store} />);
    expect(summary().querySelectorAll('*').length).toBeLessThan(40);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    const list = groupOf('reconnect').querySelector('ul[data-sek-part="vehicles"]')!;
    const items = within(list as HTMLElement).getAllByRole('listitem');
    expect(items).toHaveLength(51);
    expect(items.at(-1)).toHaveTextContent('950 more');
    // 50 names (each an <li> and a <bdi>), the count, and the rest of the group
    expect(summary().querySelectorAll('*').length).toBeLessThan(130);
  });

  it('F-7.3: names are text, never HTML', () => {
    const store = fleetIssues([
      {
        kind: 'reconnect',
        vehicles: [
          {
            id: 'hostile',
            vin: null,
            make: '<img src=x onerror=alert(1)>',
            model: '<b>X</b>',
            year: null,
          },
        ],
      },
    ]);
    render(<FleetIssueSummary issues={store} />);
    expect(summary().querySelector('img, b')).toBeNull();
    expect(groupOf('reconnect')).toHaveTextContent('<img src=x onerror=alert(1)> <b>X</b>');
  });
});

describe('FleetIssueSummary — actions (F-4)', () => {
  const kinds: readonly [FleetErrorKey, string | null][] = [
    ['reconnect', 'Reconnect'],
    ['retry', 'Try again'],
    ['none', null],
  ];

  it.each(kinds)('F-4.1: a %s group offers one action: %s', (kind, label) => {
    const store = fleetIssues([{ kind, vehicles: fleetVehicles(2) }]);
    render(<FleetIssueSummary issues={store} onReconnect={() => {}} onRetry={() => {}} />);
    const controls = [...groupOf(kind).querySelectorAll('button, a')];
    expect(controls.map((control) => control.textContent)).toEqual(label === null ? [] : [label]);
  });

  it('F-4.1: the action label follows the actions overrides, like the banner', () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(2) }]);
    render(
      <FleetIssueSummary
        issues={store}
        onReconnect={() => {}}
        actions={{
          'CONNECTED_SERVICES_ACCOUNT.PERMISSION': [
            { kind: 'reconnect', label: 'Grant access again' },
          ],
        }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Grant access again' })).toBeInTheDocument();
  });

  it('F-4.2: Reconnect calls onAction, then onReconnect, with the display and every vehicle', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    const onAction = vi.fn(() => calls.push('action'));
    const onReconnect = vi.fn(() => calls.push('reconnect'));
    const vehicles = fleetVehicles(12);
    const store = fleetIssues([{ kind: 'reconnect', vehicles }]);
    render(<FleetIssueSummary issues={store} onAction={onAction} onReconnect={onReconnect} />);
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(calls).toEqual(['action', 'reconnect']);
    const [display, given] = onReconnect.mock.calls[0] as unknown as [ErrorDisplay, unknown];
    expect(display.type).toBe('CONNECTED_SERVICES_ACCOUNT');
    expect(given).toEqual(vehicles);
    expect(onAction).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'reconnect' }),
      display,
      vehicles,
    );
    // F-4.6: the summary is unchanged by the action
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('12 cars');
  });

  it('F-4.2/F-4.5: the provider’s handlers are used without props, replaced by props', async () => {
    const user = userEvent.setup();
    const fromProvider = vi.fn();
    const fromProp = vi.fn();
    const store = fleetIssues([{ kind: 'retry', vehicles: fleetVehicles(2) }]);
    const { rerender } = render(
      <SmartcarErrorProvider onRetry={fromProvider}>
        <FleetIssueSummary issues={store} />
      </SmartcarErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(fromProvider).toHaveBeenCalledWith(
      expect.anything(),
      store.getSnapshot().groups[0]!.vehicles,
    );
    rerender(
      <SmartcarErrorProvider onRetry={fromProvider}>
        <FleetIssueSummary issues={store} onRetry={fromProp} />
      </SmartcarErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(fromProvider).toHaveBeenCalledTimes(1);
    expect(fromProp).toHaveBeenCalledTimes(1);
  });

  it('F-4.5: a throwing handler is reported, not rethrown', async () => {
    const user = userEvent.setup();
    const reported = vi.fn();
    const reportError = globalThis.reportError;
    globalThis.reportError = reported;
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(1) }]);
    render(
      <FleetIssueSummary
        issues={store}
        onReconnect={() => {
          throw new Error('boom');
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    globalThis.reportError = reportError;
    expect(reported).toHaveBeenCalledWith(new Error('boom'));
    expect(summary()).toBeInTheDocument();
  });

  it('F-4.3: without a reconnect handler, the display’s Connect URL makes Reconnect a link', () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(1) }]);
    render(
      <FleetIssueSummary
        issues={store}
        actions={{
          'CONNECTED_SERVICES_ACCOUNT.PERMISSION': [
            { kind: 'reconnect', label: 'Reconnect', url: 'https://connect.smartcar.com/oauth' },
          ],
        }}
      />,
    );
    expect(screen.getByRole('link', { name: /Reconnect/ })).toHaveAttribute(
      'href',
      'https://connect.smartcar.com/oauth',
    );
  });

  it('F-4.3: open-url with an http(s) URL is a new-tab link that says so; without one, no control', () => {
    const store = fleetIssues([{ kind: 'open-url', vehicles: fleetVehicles(2) }]);
    const { rerender } = render(<FleetIssueSummary issues={store} />);
    const link = within(groupOf('open-url')).getByRole('link');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAccessibleName(expect.stringContaining('(opens in a new tab)'));
    // an override whose URL is not http(s): no URL, so no control (and never a javascript: link)
    const notHttp = [{ kind: 'open-url', label: 'Open', url: 'javascript:alert(1)' }] as const;
    rerender(
      <FleetIssueSummary
        issues={store}
        actions={{ 'CONNECTED_SERVICES_ACCOUNT.VIRTUAL_KEY_REQUIRED': notHttp }}
      />,
    );
    expect(groupOf('open-url')).toHaveTextContent('2 cars need attention');
    expect(groupOf('open-url').querySelector('button, a')).toBeNull();
  });

  it('F-4.3: billing with an http(s) URL (from the actions overrides) is a link', () => {
    const store = fleetIssues([{ kind: 'billing', vehicles: fleetVehicles(2) }]);
    render(
      <FleetIssueSummary
        issues={store}
        actions={{
          BILLING: [{ kind: 'billing', label: 'Billing', url: 'https://voltpark.example/billing' }],
        }}
      />,
    );
    expect(within(groupOf('billing')).getByRole('link')).toHaveAttribute(
      'href',
      'https://voltpark.example/billing',
    );
  });

  it('F-4.4: contact-support links to the support URL, else calls onContactSupport, else is absent', async () => {
    const user = userEvent.setup();
    const store = fleetIssues([{ kind: 'contact-support', vehicles: fleetVehicles(2) }]);
    const { rerender } = render(
      <SmartcarErrorProvider support={{ url: 'https://help.voltpark.example' }}>
        <FleetIssueSummary issues={store} />
      </SmartcarErrorProvider>,
    );
    expect(screen.getByRole('link', { name: /Contact support/ })).toHaveAttribute(
      'href',
      'https://help.voltpark.example',
    );
    const onContactSupport = vi.fn();
    rerender(<FleetIssueSummary issues={store} onContactSupport={onContactSupport} />);
    await user.click(screen.getByRole('button', { name: 'Contact support' }));
    expect(onContactSupport).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'SERVER' }),
      store.getSnapshot().groups[0]!.vehicles,
    );
    rerender(<FleetIssueSummary issues={store} />);
    expect(groupOf('contact-support').querySelector('button, a')).toBeNull();
  });
});

describe('FleetIssueSummary — theming and keyboard (F-6)', () => {
  it('F-6.1: theme, colour scheme, unstyled and classes reach the root and parts', () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(5) }]);
    render(
      <FleetIssueSummary
        issues={store}
        theme={{ accent: 'teal' }}
        colorScheme="dark"
        unstyled
        className="mine"
        classNames={{
          root: 'root',
          title: 't',
          group: 'g',
          sentence: 's',
          vehicles: 'v',
          toggle: 'x',
          actions: 'a',
        }}
      />,
    );
    expect(summary()).toHaveAttribute('data-sek-color-scheme', 'dark');
    expect(summary()).toHaveAttribute('data-sek-unstyled', '');
    expect(summary().style.getPropertyValue('--sek-accent')).toBe('teal');
    expect(summary()).toHaveClass('mine', 'root');
    for (const [part, name] of [
      ['title', 't'],
      ['group', 'g'],
      ['sentence', 's'],
      ['vehicles', 'v'],
      ['toggle', 'x'],
      ['actions', 'a'],
    ]) {
      expect(summary().querySelector(`[data-sek-part="${part}"]`), part).toHaveClass(name!);
    }
  });

  it('F-6.2: Tab reaches, per group, the disclosure then the action; Enter and Space work', async () => {
    const user = userEvent.setup();
    const onReconnect = vi.fn();
    const onRetry = vi.fn();
    const store = fleetIssues([
      { kind: 'reconnect', vehicles: fleetVehicles(5) },
      { kind: 'retry', vehicles: fleetVehicles(1, 5) },
    ]);
    render(<FleetIssueSummary issues={store} onReconnect={onReconnect} onRetry={onRetry} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show more' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Reconnect' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onReconnect).toHaveBeenCalledTimes(1);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
