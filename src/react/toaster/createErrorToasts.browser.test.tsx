/**
 * A toast shown by a plain module function (no hook, no component: what a fetch interceptor or a
 * TanStack Query `QueryCache` `onError` does) reaches the app's `ErrorToaster` in the browser,
 * worded with the provider's config and with its action — also when shown before the provider
 * mounted.
 */
import { render, screen, within } from '@testing-library/react';
import { createErrorToasts, ErrorToaster, SmartcarErrorProvider } from 'smartcar-error-kit';
import type { MessageOverrides } from 'smartcar-error-kit';
import '../../theme/styles.css';
import { runOutsideActEnvironment } from '../../../test/fixtures/toasterHarness';
import { finishAnimations } from '../../../test/helpers/finishAnimations';

runOutsideActEnvironment();

// Module scope, as an app would have it (e.g. `src/toasts.ts`).
const toasts = createErrorToasts();

/** A plain function the app's fetch wrapper calls on a failed response. */
function reportFailedResponse(body: unknown): string {
  return toasts.show(body);
}

const RATE_LIMITED = {
  type: 'RATE_LIMIT',
  code: 'VEHICLE',
  description: 'Too many requests to this vehicle.',
  statusCode: 429,
  requestId: 'req-rate',
  resolution: { type: 'RETRY_LATER' },
};

const MESSAGES: MessageOverrides = {
  RATE_LIMIT: { title: 'Slow down', message: '{app} will try again soon.' },
};

function region(): HTMLElement {
  return screen.getByRole('region', { name: 'Notifications (F8)' });
}

afterEach(() => {
  toasts.dismissAll();
});

describe('createErrorToasts in the browser', () => {
  it("a show from a plain module function reaches the toaster, worded with the provider's config", async () => {
    render(
      <SmartcarErrorProvider appName="Volt" messages={MESSAGES} toasts={toasts}>
        <main>
          <h1>Fleet</h1>
        </main>
        <ErrorToaster />
      </SmartcarErrorProvider>,
    );
    reportFailedResponse(RATE_LIMITED);
    const title = await within(region()).findByText('Slow down');
    await finishAnimations();
    const toast = title.closest('li')!;
    expect(within(toast).getByText('Volt will try again soon.')).toBeVisible();
    expect(within(toast).getByRole('button', { name: 'Close' })).toBeVisible();
  });

  it('a toast shown before the provider mounted appears once it does', async () => {
    const id = reportFailedResponse(RATE_LIMITED);
    expect(id).not.toBe('');
    render(
      <SmartcarErrorProvider appName="Volt" messages={MESSAGES} toasts={toasts}>
        <ErrorToaster />
      </SmartcarErrorProvider>,
    );
    const title = await within(region()).findByText('Slow down');
    await finishAnimations();
    expect(title).toBeVisible();
    expect(toasts.getSnapshot().visible.map((item) => item.id)).toEqual([id]);
  });
});
