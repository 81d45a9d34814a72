import { expect, test } from './fixtures';

// The request id Smartcar sent with the documented bodies (body `requestId` and `SC-Request-Id`).
const REQUEST_ID = '5dea93a1-3f79-4246-90c5-89610a20471b';

test('the home page renders, hydrates and says nothing in the console', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'VoltPark' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Battery/ })).toBeVisible();
});

test('a failure the server got becomes a banner with the real wording and request id', async ({
  page,
}) => {
  await page.goto('/vehicle');
  const banner = page.getByRole('region', { name: /Car brand not responding/ });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(
    'Your car is temporarily unable to connect to VoltPark. Please be patient',
  );
  await expect(banner.getByRole('button', { name: 'Try again' })).toBeVisible();

  await banner.getByRole('button', { name: 'Contact support' }).click();
  const card = banner.getByRole('region', { name: 'Contact support: Car brand not responding' });
  await expect(card).toBeFocused();
  await expect(card).toContainText(REQUEST_ID);
  await expect(card.getByRole('link', { name: /help@voltpark\.example/ })).toBeVisible();
});

test('a SmartcarError thrown in a server component shows app/error.tsx and the response ends', async ({
  page,
  request,
  pageConsole,
}) => {
  pageConsole.expectFailedResponse('/vehicle/throws', 500);
  // Next logs the error error.tsx catches. In production it is React's generic server error,
  // minified as #441 ("An error occurred in the Server Components render…", with a digest).
  pageConsole.expectConsoleError(/^Error: Minified React error #441;/);
  const raw = await request.get('/vehicle/throws', { timeout: 15_000 });
  expect(raw.status()).toBe(500);
  expect(await raw.text()).toContain('</html>');

  const response = await page.goto('/vehicle/throws');
  expect(response?.status()).toBe(500);
  const banner = page.getByRole('region', { name: /Something went wrong/ });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Please try again later.');
  await expect(page.getByText(/^Reference for support: \S+/)).toBeVisible();
  // "Try again" is wired to error.tsx's retry: it fetches the segment from the server again.
  const refetch = page.waitForRequest(
    (sent) => new URL(sent.url()).pathname === '/vehicle/throws' && sent.headers()['rsc'] === '1',
  );
  await banner.getByRole('button', { name: 'Try again' }).click();
  await refetch;
  await expect(page.getByRole('region', { name: /Something went wrong/ })).toBeVisible();
});

test('a Server Action failure becomes a toast whose Reconnect runs the onReconnect handler', async ({
  page,
}) => {
  await page.goto('/charge');
  await page.getByRole('button', { name: 'Start charging' }).click();
  const toast = page.locator('[data-sek-part="toast"]');
  await expect(toast).toHaveCount(1);
  await expect(toast).toContainText('Car disconnected');
  await expect(toast).toContainText('Your car lost its connection to VoltPark.');
  await toast.getByRole('button', { name: 'Reconnect' }).click();
  await expect(page).toHaveURL(/\/reconnect$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Connect your car to VoltPark' }),
  ).toBeVisible();
});

test('a failed TanStack query becomes a toast through QueryCache onError; Try again refetches', async ({
  page,
  pageConsole,
}) => {
  pageConsole.expectFailedResponse('/api/vehicles/123/location', 429);
  await page.goto('/location');
  const toast = page.locator('[data-sek-part="toast"]');
  await expect(toast).toHaveCount(1);
  await expect(toast).toContainText('Too many requests');
  await expect(toast).toContainText('Your vehicle is temporarily unable to connect to VoltPark.');
  await expect(page.getByText('Location unavailable.')).toBeVisible();
  // Retry-After: 2 — the button is ready once the countdown has run.
  const retry = toast.getByRole('button', { name: 'Try again', exact: true });
  await expect(retry).toBeEnabled({ timeout: 10_000 });
  await retry.click();
  await expect(page.getByText('Your car is at 37.4292, -122.1381.')).toBeVisible();
});

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('gets the wording in French, chosen on the server from Accept-Language', async ({
    page,
  }) => {
    await page.goto('/vehicle');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const banner = page.getByRole('region', { name: /Constructeur injoignable/ });
    await expect(banner).toContainText('Réessayez plus tard.');
    await expect(banner.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  });
});
