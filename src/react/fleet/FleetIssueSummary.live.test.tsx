import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { FleetIssueSummary, SmartcarErrorProvider } from 'smartcar-error-kit';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fleetIssues, setFleet, fleetVehicles } from '../../../test/fixtures/fleetEvents';

/** Announcer timings, mirrored from the kit (ANNOUNCE_DELAY_MS, ANNOUNCEMENT_CLEAR_MS). */
const ANNOUNCE_DELAY_MS = 100;
const ANNOUNCEMENT_CLEAR_MS = 5000;

const polite = () => screen.getByRole('status');
const assertive = () => screen.getByRole('alert');

describe('FleetIssueSummary — announcement (F-5)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('F-5.1: renders one pair of live regions, empty, and no live region per group', () => {
    const store = fleetIssues([
      { kind: 'reconnect', vehicles: fleetVehicles(3) },
      { kind: 'retry', vehicles: fleetVehicles(2, 3) },
    ]);
    const { container } = render(<FleetIssueSummary issues={store} />);
    expect(container.querySelectorAll('[aria-live]')).toHaveLength(2);
    expect(polite()).toBeEmptyDOMElement();
    expect(assertive()).toBeEmptyDOMElement();
    for (const group of container.querySelectorAll('[data-sek-part="group"]')) {
      expect(group.querySelector('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    }
  });

  it('F-5.3: says nothing on mount, even in StrictMode', () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(3) }]);
    render(
      <StrictMode>
        <FleetIssueSummary issues={store} />
      </StrictMode>,
    );
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 10));
    expect(polite()).toBeEmptyDOMElement();
  });

  it('F-5.2: a group that grows or appears is spoken politely, changes of one update as one utterance', async () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(1) }]);
    render(<FleetIssueSummary issues={store} />);
    await act(async () =>
      setFleet(store, [
        { kind: 'reconnect', vehicles: fleetVehicles(2) },
        { kind: 'retry', vehicles: fleetVehicles(1, 2) },
      ]),
    );
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(polite()).toHaveTextContent(
      /^2 cars need reconnecting 1 car can’t be reached right now$/,
    );
    expect(assertive()).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(ANNOUNCEMENT_CLEAR_MS));
    expect(polite()).toBeEmptyDOMElement();
  });

  it('F-5.3: a group that shrinks, or a re-render without a change, says nothing', async () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(3) }]);
    const { rerender } = render(<FleetIssueSummary issues={store} />);
    await act(async () => setFleet(store, [{ kind: 'reconnect', vehicles: fleetVehicles(2) }]));
    rerender(<FleetIssueSummary issues={store} className="again" />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 10));
    expect(polite()).toBeEmptyDOMElement();
  });

  it('F-5.2: when the last issue resolves, the "no problems" line is spoken', async () => {
    const store = fleetIssues([{ kind: 'reconnect', vehicles: fleetVehicles(3) }]);
    render(<FleetIssueSummary issues={store} />);
    await act(async () => setFleet(store, []));
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(polite()).toHaveTextContent('No problems right now.');
  });

  it('F-5.3: announce={false} keeps the regions but says nothing', async () => {
    const store = fleetIssues();
    render(<FleetIssueSummary issues={store} announce={false} />);
    await act(async () => setFleet(store, [{ kind: 'reconnect', vehicles: fleetVehicles(3) }]));
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 10));
    expect(polite()).toBeEmptyDOMElement();
  });

  it('F-5.2: speaks the display’s language (Arabic plural forms)', async () => {
    const { default: ar } = await import('smartcar-error-kit/locales/ar');
    const store = fleetIssues();
    render(
      <SmartcarErrorProvider locales={[ar]} locale="ar">
        <FleetIssueSummary issues={store} />
      </SmartcarErrorProvider>,
    );
    await act(async () => setFleet(store, [{ kind: 'reconnect', vehicles: fleetVehicles(2) }]));
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(polite()).toHaveTextContent('تحتاج سيارتان إلى إعادة الربط');
  });

  it('F-5.4: never moves focus', async () => {
    const store = fleetIssues();
    render(
      <>
        <input aria-label="search" />
        <FleetIssueSummary issues={store} />
      </>,
    );
    screen.getByRole('textbox').focus();
    await act(async () => setFleet(store, [{ kind: 'reconnect', vehicles: fleetVehicles(3) }]));
    await act(async () => setFleet(store, []));
    expect(screen.getByRole('textbox')).toHaveFocus();
  });
});

describe('FleetIssueSummary — store and server rendering (F-7)', () => {
  it('F-7.1: a store filled before a server render shows its groups; hydration is silent', async () => {
    const store = fleetIssues([
      { kind: 'reconnect', vehicles: fleetVehicles(3) },
      { kind: 'none', vehicles: fleetVehicles(1, 3) },
    ]);
    // What a server render reads: getServerSnapshot, not getSnapshot.
    const getSnapshot = vi.spyOn(store, 'getSnapshot');
    const app = <FleetIssueSummary issues={store} />;
    const html = renderToString(app);
    expect(getSnapshot).not.toHaveBeenCalled();
    expect(html).toContain('3 cars need reconnecting');
    expect(html).toContain('1 car has a problem the app can’t fix');
    expect(html.replace(/<[^>]*>/g, '')).toContain(
      '2019 Tesla Model 3, 2020 BMW i4, and 2021 Kia EV6',
    );

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, app, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).toEqual([]);
    // F-7.2: alive after hydration: a new snapshot re-renders it
    await act(async () => setFleet(store, [{ kind: 'reconnect', vehicles: fleetVehicles(4) }]));
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('4 cars need reconnecting');
    container.remove();
    errors.mockRestore();
  });

  it('F-7.1: unsubscribes when unmounted', () => {
    const store = fleetIssues();
    const unsubscribe = vi.fn();
    const subscribe = vi.spyOn(store, 'subscribe').mockReturnValue(unsubscribe);
    const { unmount } = render(<FleetIssueSummary issues={store} />);
    expect(subscribe).toHaveBeenCalled();
    unmount();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('F-7.3: the modules start with "use client"', () => {
    for (const file of ['FleetIssueSummary.tsx', 'FleetIssueGroupRow.tsx']) {
      const text = readFileSync(resolve(process.cwd(), 'src/react/fleet', file), 'utf8');
      expect(text.startsWith("'use client';"), file).toBe(true);
    }
  });
});
