import { act, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { FleetIssueSummary, SmartcarErrorProvider } from 'smartcar-error-kit';
import ar from 'smartcar-error-kit/locales/ar';
import '../../theme/styles.css';
import { violations } from '../../../test/fixtures/axeViolations';
import {
  fleetIssues,
  setFleet,
  fleetVehicles,
  type FleetGroup,
} from '../../../test/fixtures/fleetEvents';

/** Links open new tabs; keep the test page where it is. */
function stopNavigation(event: MouseEvent): void {
  if ((event.target as Element | null)?.closest('a')) event.preventDefault();
}
beforeAll(() => document.addEventListener('click', stopNavigation));
afterAll(() => document.removeEventListener('click', stopNavigation));

/** A group for every action, the first one large. */
const EVERY_GROUP: readonly FleetGroup[] = [
  { kind: 'reconnect', vehicles: fleetVehicles(12) },
  { kind: 'billing', vehicles: fleetVehicles(1, 12) },
  { kind: 'open-url', vehicles: fleetVehicles(2, 13) },
  { kind: 'contact-support', vehicles: fleetVehicles(3, 15) },
  { kind: 'retry', vehicles: fleetVehicles(4, 18) },
  { kind: 'none', vehicles: fleetVehicles(5, 22) },
];

const SUPPORT = { url: 'https://help.voltpark.example' };

describe('FleetIssueSummary in Chromium — axe (F-6.3)', () => {
  const cases = (['light', 'dark'] as const).flatMap((scheme) =>
    (['ltr', 'rtl'] as const).map((dir) => [scheme, dir] as const),
  );

  it.each(cases)(
    'every group, folded and unfolded — %s, %s: no violations',
    async (scheme, dir) => {
      const { container } = render(
        <div dir={dir} lang={dir === 'rtl' ? 'ar' : 'en'}>
          <SmartcarErrorProvider locales={[ar]} locale={dir === 'rtl' ? 'ar' : 'en'}>
            <FleetIssueSummary
              issues={fleetIssues(EVERY_GROUP)}
              colorScheme={scheme}
              support={SUPPORT}
              onReconnect={() => {}}
              onRetry={() => {}}
            />
          </SmartcarErrorProvider>
        </div>,
      );
      expect(await violations(container)).toEqual([]);
      await userEvent.click(container.querySelector<HTMLElement>('[data-sek-part="toggle"]')!);
      expect(await violations(container)).toEqual([]);
    },
  );

  it('the check is live: a theme with unreadable text is reported as a contrast violation', async () => {
    const { container } = render(
      <FleetIssueSummary
        issues={fleetIssues([{ kind: 'retry', vehicles: fleetVehicles(2) }])}
        theme={{ warning: { text: '#f0c080', background: '#fff4e0' } }}
      />,
    );
    expect((await violations(container)).some((line) => line.startsWith('color-contrast'))).toBe(
      true,
    );
  });

  it('the empty summary passes axe in dark', async () => {
    const { container } = render(<FleetIssueSummary issues={fleetIssues()} colorScheme="dark" />);
    expect(await violations(container)).toEqual([]);
  });
});

describe('FleetIssueSummary in Chromium — keyboard and focus (F-6.2, F-5.4)', () => {
  it('Tab visits, per group, the disclosure then the action, in reading order', async () => {
    render(
      <>
        <button type="button">start</button>
        <FleetIssueSummary
          issues={fleetIssues(EVERY_GROUP)}
          support={SUPPORT}
          onReconnect={() => {}}
          onRetry={() => {}}
        />
      </>,
    );
    screen.getByRole('button', { name: 'start' }).focus();
    const visited: string[] = [];
    for (let step = 0; step < 8; step += 1) {
      await userEvent.keyboard('{Tab}');
      const active = document.activeElement as HTMLElement;
      const group = active.closest<HTMLElement>('[data-sek-part="group"]');
      visited.push(`${group?.dataset['sekAction']}:${active.dataset['sekPart']}`);
    }
    expect(visited).toEqual([
      'reconnect:toggle',
      'reconnect:action',
      'billing:action',
      'open-url:action',
      'contact-support:action',
      'retry:toggle',
      'retry:action',
      'none:toggle',
    ]);
  });

  it('the disclosure keeps focus while it unfolds; store updates never move focus', async () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(8) }]);
    render(<FleetIssueSummary issues={store} onReconnect={() => {}} />);
    const toggle = screen.getByRole('button', { name: 'Show more' });
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await act(async () => setFleet(store, [{ kind: 'reconnect', vehicles: fleetVehicles(9) }]));
    expect(toggle).toHaveFocus();
  });
});

describe('FleetIssueSummary in Chromium — announcement (F-5.2)', () => {
  it('a group that grows is spoken once, politely, through the one status region', async () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(1) }]);
    const { container } = render(<FleetIssueSummary issues={store} />);
    expect(container.querySelectorAll('[role="status"]')).toHaveLength(1);
    await act(async () => setFleet(store, [{ kind: 'reconnect', vehicles: fleetVehicles(2) }]));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('2 cars need reconnecting'),
    );
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });
});

describe('FleetIssueSummary in Chromium — layout (F-6.3, F-3.4)', () => {
  it('mirrors in RTL: the action sits at the inline end of its group', () => {
    const groups: readonly FleetGroup[] = [{ kind: 'reconnect', vehicles: fleetVehicles(2) }];
    const { container } = render(
      <div style={{ width: 720 }}>
        <div dir="ltr">
          <FleetIssueSummary issues={fleetIssues(groups)} onReconnect={() => {}} />
        </div>
        <div dir="rtl">
          <FleetIssueSummary issues={fleetIssues(groups)} onReconnect={() => {}} />
        </div>
      </div>,
    );
    const [ltr, rtl] = [...container.querySelectorAll<HTMLElement>('[data-sek-part="group"]')];
    const box = (group: HTMLElement, part: string) =>
      group.querySelector(`[data-sek-part="${part}"]`)!.getBoundingClientRect();
    expect(box(ltr!, 'actions').left).toBeGreaterThan(box(ltr!, 'body').left);
    expect(box(rtl!, 'actions').right).toBeLessThan(box(rtl!, 'body').right);
  });

  it('1,000 cars: a bounded DOM whose group fits its width', () => {
    const { container } = render(
      <div style={{ width: 480 }}>
        <FleetIssueSummary
          issues={fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(1000) }])}
          onReconnect={() => {}}
        />
      </div>,
    );
    const root = container.querySelector<HTMLElement>('[data-sek-component="fleet"]')!;
    expect(root.querySelectorAll('*').length).toBeLessThan(40);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  });
});
