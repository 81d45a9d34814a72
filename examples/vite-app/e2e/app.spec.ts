import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  BATTERY_REQUEST_ID,
  CHARGE_REQUEST_ID,
  RATE_LIMIT_REQUEST_ID,
  mockSmartcarBackend,
  rateLimitedChargeHandlers,
  workingChargeHandlers,
} from './smartcar-mock';

/** The toast in the toaster's region, once there is exactly one. */
async function theOnlyToast(page: Page) {
  const toast = page.getByRole('region', { name: /Notifications/ }).getByRole('listitem');
  await expect(toast).toHaveCount(1);
  return toast;
}

test('runs the React the variant installed', async ({ page }) => {
  await page.goto('/');
  const major = process.env['SMARTCAR_EXAMPLE_VARIANT'] === 'react18' ? '18' : '19';
  await expect(page.locator('html')).toHaveAttribute('data-react', new RegExp(`^${major}\\.`));
  await expect(page.getByRole('heading', { level: 1, name: 'VoltPark' })).toBeVisible();
});

test('a failed request becomes a toast with the app name and the action that resolves it', async ({
  page,
  pageConsole,
}) => {
  pageConsole.expectFailedResponse('/api/vehicles/123/charge', 403);
  await mockSmartcarBackend(page);
  await page.goto('/charging');
  await page.getByRole('button', { name: 'Start charging' }).click();

  const toast = await theOnlyToast(page);
  await expect(toast).toContainText('Permission needed');
  await expect(toast).toContainText('VoltPark needs more access');
  // The support card beside it shows the request id from the SC-Request-Id header.
  await expect(page.getByRole('region', { name: 'Contact support' })).toContainText(
    CHARGE_REQUEST_ID,
  );

  // "Reconnect" runs the provider's onReconnect: the app's Connect page.
  await toast.getByRole('button', { name: 'Reconnect' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connect a car' })).toBeVisible();
  await expect(page).toHaveURL(/\/connect$/);
});

test('a rate-limited request: the toast words it with the app name; "Try again" redoes it', async ({
  page,
  pageConsole,
}) => {
  pageConsole.expectFailedResponse('/api/vehicles/123/charge', 429);
  await mockSmartcarBackend(page, rateLimitedChargeHandlers());
  await page.goto('/charging');
  await page.getByRole('button', { name: 'Start charging' }).click();

  const toast = await theOnlyToast(page);
  await expect(toast).toContainText('Too many requests');
  // Smartcar's suggestedUserMessage, its `<app name>` filled in by the provider's appName.
  await expect(toast).toContainText('Your vehicle is temporarily unable to connect to VoltPark.');
  await expect(toast).not.toContainText('<app name>');
  await expect(page.getByRole('region', { name: 'Contact support' })).toContainText(
    RATE_LIMIT_REQUEST_ID,
  );

  // Retry-After: 1: the button is ready once the countdown has run; it runs the provider's
  // onRetry, which redoes the charge (src/retry.ts), and the second request succeeds.
  const retry = toast.getByRole('button', { name: 'Try again', exact: true });
  await expect(retry).toBeEnabled();
  await retry.click();
  await expect(page.getByText('Charging.', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Contact support' })).toHaveCount(0);
});

test('a banner says what failed; "Contact support" moves focus to the card; "Try again" reloads', async ({
  page,
  pageConsole,
}) => {
  pageConsole.expectFailedResponse('/api/vehicles/123/battery', 502);
  await mockSmartcarBackend(page);
  await page.goto('/battery');

  // The banner is a region named by its severity and title.
  const banner = page.getByRole('region', { name: /^Warning: Car brand not/ });
  await expect(banner).toBeVisible();

  await banner.getByRole('button', { name: 'Contact support' }).click();
  const card = page.getByRole('region', { name: 'Contact support' });
  await expect(card).toBeFocused();
  await expect(card).toContainText(BATTERY_REQUEST_ID);
  await expect(card.getByRole('link', { name: /help@voltpark\.example/ })).toBeVisible();

  await banner.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Charge: 80% · range 312 km')).toBeVisible();
  await expect(banner).toHaveCount(0);
});

test('the Connect redirect landing page words a declined Connect', async ({ page }) => {
  await page.goto('/connect');
  await page.getByRole('link', { name: 'Continue with Smartcar' }).click();
  await expect(page).toHaveURL(/\/connect\/callback\?error=access_denied/);
  const banner = page.getByRole('region', { name: 'Warning: Not connected' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('VoltPark');
  await expect(banner).not.toContainText('<app name>');
  await expect(banner).not.toContainText('undefined');

  // Loaded directly (as Smartcar's redirect does), the same page renders the same banner.
  await page.goto('/connect/callback?error=access_denied&error_description=User+denied+access');
  await expect(page.getByRole('region', { name: 'Warning: Not connected' })).toBeVisible();

  await page.goto('/connect/callback?code=abc123');
  await expect(page.getByText('Your car is connected.')).toBeVisible();
});

test('offline: one notice instead of a toast per failed request; back online, each waiting charge is retried once', async ({
  page,
  context,
  pageConsole,
}) => {
  pageConsole.expectConsoleError(/ERR_INTERNET_DISCONNECTED/);
  let charges = 0;
  await mockSmartcarBackend(page, workingChargeHandlers(() => (charges += 1)));
  await page.goto('/charging');
  await expect(page.getByText('Not charging.')).toBeVisible();

  // Playwright serves routed requests even while the context is offline: the mock backend is
  // reached only while the network is up, as a real one would be.
  let offline = false;
  await page.route('**/api/**', (route) =>
    offline ? route.abort('internetdisconnected') : route.fallback(),
  );
  await context.setOffline((offline = true));
  const start = page.getByRole('button', { name: 'Start charging' });
  for (let press = 0; press < 3; press += 1) await start.click();
  const region = page.getByRole('region', { name: /Notifications/ });
  await expect(region.getByText('You’re offline. Waiting for the connection…')).toBeVisible();
  // One item in the region: the notice; no toast per request, no "Try again" while offline.
  await expect(region.getByRole('listitem')).toHaveCount(1);
  await expect(region.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  expect(charges).toBe(0);

  await context.setOffline((offline = false));
  await expect(region.getByText(/You’re offline/)).toHaveCount(0);
  await expect(page.getByText('Charging.', { exact: true })).toBeVisible();
  await expect.poll(() => charges).toBe(3);
  // Spread over n × 250 ms + jitter, once each: still three a second later.
  await page.waitForTimeout(1000);
  expect(charges).toBe(3);
  await expect(region.getByRole('listitem')).toHaveCount(0);
  const events = await page.evaluate(() => window.voltparkEvents ?? []);
  // The notice shown and ended; no toast at all (the page's own support card may show).
  expect(events.filter((event) => event.surface !== 'support-card').map((e) => e.name)).toEqual([
    'offline-shown',
    'offline-ended',
  ]);
});

test('counts the error-UI events of a session, without personal data', async ({
  page,
  pageConsole,
}) => {
  pageConsole.expectFailedResponse('/api/vehicles/123/charge', 403);
  await mockSmartcarBackend(page);
  await page.goto('/charging');
  await page.getByRole('button', { name: 'Start charging' }).click();
  const toast = await theOnlyToast(page);
  await toast.getByRole('button', { name: 'Reconnect' }).click();
  await expect(page).toHaveURL(/\/connect$/);

  await expect(page.locator('html')).toHaveAttribute('data-smartcar-events', '3');
  const events = await page.evaluate(() => window.voltparkEvents ?? []);
  const counts = events.reduce<Record<string, number>>((all, event) => {
    const key = `${event.surface} ${event.name}${event.action ? ` ${event.action}` : ''}`;
    return { ...all, [key]: (all[key] ?? 0) + 1 };
  }, {});
  expect(counts).toEqual({
    'toast shown': 1,
    'support-card shown': 1,
    'toast action reconnect': 1,
  });
  expect(events[0]).toMatchObject({ type: 'PERMISSION', code: null });
  const text = JSON.stringify(events);
  expect(text).not.toContain('VoltPark');
  expect(text).not.toContain(CHARGE_REQUEST_ID);
  expect(text).not.toMatch(/https?:|@/);
});
