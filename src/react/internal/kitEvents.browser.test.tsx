import { act, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import {
  ErrorBanner,
  SmartcarErrorProvider,
  SupportContactCard,
  type SmartcarErrorEvent,
} from 'smartcar-error-kit';
import { smartcarErrorFixtures } from 'smartcar-error-kit/testing';
import '../../theme/styles.css';
import { renderToaster, runOutsideActEnvironment } from '../../../test/fixtures/toasterHarness';
import { finishAnimations } from '../../../test/helpers/finishAnimations';

runOutsideActEnvironment();

const ASLEEP = smartcarErrorFixtures.get('VEHICLE_STATE', 'ASLEEP').body;
const AUTHENTICATION = smartcarErrorFixtures.get('AUTHENTICATION', null).body;
const RATE_LIMIT = smartcarErrorFixtures.get('RATE_LIMIT', 'VEHICLE').body;
const SUPPORT = { email: 'help@voltpark.example' };

/** Shortest auto-dismiss delay of a toast without an action (the queue's floor). */
const MIN_TOAST_DURATION_MS = 5000;

function record() {
  const events: SmartcarErrorEvent[] = [];
  return { events, onEvent: (event: SmartcarErrorEvent) => events.push(event) };
}
const names = (events: readonly SmartcarErrorEvent[]) =>
  events.map((event) => `${event.surface}:${event.name}${event.action ? `:${event.action}` : ''}`);

function toast(title: RegExp): HTMLElement {
  const region = screen.getByRole('region', { name: 'Notifications (F8)' });
  return within(region).getByText(title).closest('li')!;
}

describe('onEvent: toasts', () => {
  it('emits shown, repeated, dismissed (close button) with count and visibleMs, and no text', async () => {
    const { events, onEvent } = record();
    const { api } = renderToaster({ provider: { onEvent } });
    await act(async () => void api().show(ASLEEP));
    await finishAnimations();
    await act(async () => void api().show(ASLEEP));
    await finishAnimations();
    await waitFor(() => expect(names(events)).toEqual(['toast:shown', 'toast:repeated']));
    await userEvent.click(within(toast(/Car asleep/)).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(events).toHaveLength(3));
    expect(events[0]).toEqual({
      name: 'shown',
      surface: 'toast',
      type: 'VEHICLE_STATE',
      code: 'ASLEEP',
      resolution: null, // as documented: `"resolution": { "type": null }`
      count: 1,
    });
    expect(events[1]).toMatchObject({ name: 'repeated', count: 2 });
    expect(events[2]).toMatchObject({ name: 'dismissed', surface: 'toast', count: 2 });
    expect(events[2]!.visibleMs).toBeGreaterThan(0);
    expect(events[2]).not.toHaveProperty('requestId');
  });

  it('emits the action taken (Reconnect) and no dismissal for the close it causes', async () => {
    const { events, onEvent } = record();
    const onReconnect = vi.fn();
    const { api } = renderToaster({ provider: { onEvent, onReconnect } });
    await act(async () => void api().show(AUTHENTICATION));
    await finishAnimations();
    await userEvent.click(
      within(toast(/Car disconnected/)).getByRole('button', { name: 'Reconnect' }),
    );
    await waitFor(() => expect(onReconnect).toHaveBeenCalledTimes(1));
    await finishAnimations();
    expect(names(events)).toEqual(['toast:shown', 'toast:action:reconnect']);
    expect(events[1]).toMatchObject({ type: 'AUTHENTICATION', code: null });
  });

  it(
    'emits timed-out when a toast goes by itself',
    async () => {
      const { events, onEvent } = record();
      const { api } = renderToaster({ provider: { onEvent } });
      await act(async () => void api().show(ASLEEP));
      await waitFor(() => expect(names(events)).toContain('toast:timed-out'), {
        timeout: MIN_TOAST_DURATION_MS + 3000,
      });
      expect(events.at(-1)!.visibleMs).toBeGreaterThanOrEqual(MIN_TOAST_DURATION_MS - 100);
    },
    MIN_TOAST_DURATION_MS + 5000,
  );

  it('adds the request id only with includeRequestId', async () => {
    const { events, onEvent } = record();
    const { api } = renderToaster({ provider: { onEvent, includeRequestId: true } });
    await act(async () => void api().show(RATE_LIMIT));
    await waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]!.requestId).toMatch(/^[\w-]+$/);
  });
});

describe('onEvent: banner and support card', () => {
  it('emits the banner shown, its action and its dismissal', async () => {
    const { events, onEvent } = record();
    render(
      <SmartcarErrorProvider onEvent={onEvent} onRetry={() => {}}>
        <ErrorBanner
          error={smartcarErrorFixtures.get('SERVER', 'INTERNAL').body}
          onDismiss={() => {}}
        />
      </SmartcarErrorProvider>,
    );
    await waitFor(() => expect(names(events)).toEqual(['banner:shown']));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(names(events)).toEqual([
      'banner:shown',
      'banner:action:retry',
      'banner:dismissed:dismiss',
    ]);
    expect(events[2]).toMatchObject({ type: 'SERVER', code: 'INTERNAL', action: 'dismiss' });
  });

  it('emits the support card shown and its request id copied; a nested provider inherits onEvent', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const { events, onEvent } = record();
    render(
      <SmartcarErrorProvider onEvent={onEvent}>
        <SmartcarErrorProvider locale="en">
          <SupportContactCard error={RATE_LIMIT} support={SUPPORT} />
        </SmartcarErrorProvider>
      </SmartcarErrorProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() =>
      expect(names(events)).toEqual(['support-card:shown', 'support-card:request-id-copied']),
    );
    vi.restoreAllMocks();
  });

  it('keeps working when onEvent throws (the error is reported, not rethrown)', async () => {
    const reportError = vi.spyOn(globalThis, 'reportError').mockImplementation(() => {});
    render(
      <SmartcarErrorProvider
        onEvent={() => {
          throw new Error('tracker down');
        }}
      >
        <ErrorBanner error={ASLEEP} />
      </SmartcarErrorProvider>,
    );
    await waitFor(() => expect(reportError).toHaveBeenCalledTimes(1));
    expect(screen.getByText(/Car asleep/)).toBeVisible();
    reportError.mockRestore();
  });
});
