import { createHmac, randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';
import {
  postSignedEvent,
  vehicleErrorEvent,
  WEBHOOK_PATH,
  type TestVehicle,
  type TestVehicleError,
} from './smartcarWebhooks';
import { TEST_MANAGEMENT_TOKEN } from './testManagementToken';

/** A connected car as a webhook names it, with a fixed id (the test reads what the page says). */
function car(n: number, make: string, model: string, year: number): TestVehicle {
  return { id: `0b1e4c55-6a43-4c1f-9d1e-3f1b8e6f7a0${n}`, make, model, year };
}

// Makes in capitals, as the API sends them; the page writes them as people do.
const TESLA = car(1, 'TESLA', 'Model 3', 2020);
const BMW = car(2, 'BMW', 'i4', 2023);
const FORD = car(3, 'FORD', 'Mustang Mach-E', 2022);
const AUDI = car(4, 'AUDI', 'e-tron', 2021);

/** One `ERROR` item of a `VEHICLE_ERROR` event, as Smartcar documents them. */
function failure(
  type: string,
  code: string,
  resolution: string,
  description: string,
  signals: TestVehicleError['signals'] = [],
): TestVehicleError {
  return { type, code, state: 'ERROR', description, resolution: { type: resolution }, signals };
}

// The car's connected-services account no longer lets the app in: the owner must reconnect.
const AUTHENTICATION_FAILED = failure(
  'CONNECTED_SERVICES_ACCOUNT',
  'AUTHENTICATION_FAILED',
  'REAUTHENTICATE',
  'The credentials of the connected services account are no longer valid.',
);
const PERMISSION_REVOKED = failure(
  'CONNECTED_SERVICES_ACCOUNT',
  'PERMISSION',
  'REAUTHENTICATE',
  'The vehicle owner has revoked a permission of the connected services account.',
  [{ code: 'location-preciselocation', name: 'PreciseLocation', group: 'Location' }],
);
const ASLEEP = failure(
  'VEHICLE_STATE',
  'ASLEEP',
  'RETRY_LATER',
  'The vehicle is in a sleep state and temporarily unable to perform your request.',
);

test('the fleet page follows signed Smartcar webhooks until Smartcar says a car is resolved', async ({
  browser,
  page,
  request,
}) => {
  await page.goto('/fleet');
  const summary = page.getByRole('region', { name: 'Vehicles with problems' });
  await expect(summary).toBeVisible();
  const toasts = page.locator('[data-sek-part="toast"]');
  await expect(toasts).toHaveCount(0);

  // Three cars lose their permission: one sentence and one Reconnect for the three.
  const teslaLost = vehicleErrorEvent(TESLA, [AUTHENTICATION_FAILED]);
  for (const event of [
    teslaLost,
    vehicleErrorEvent(BMW, [PERMISSION_REVOKED]),
    vehicleErrorEvent(FORD, [AUTHENTICATION_FAILED]),
  ]) {
    const response = await postSignedEvent(request, event);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ raised: 1, repeated: 0, resolved: 0 });
  }
  const reconnecting = summary.getByRole('listitem').filter({ hasText: 'need reconnecting' });
  await expect(reconnecting).toContainText('3 cars need reconnecting');
  await expect(reconnecting).toContainText('2020 Tesla Model 3');
  await expect(reconnecting.getByRole('button', { name: 'Reconnect' })).toHaveCount(1);
  // One toast per car, each naming its car (the BMW's permission toast names none).
  await expect(toasts).toHaveCount(3);
  const teslaToast = toasts.filter({ hasText: '2020 Tesla Model 3' });
  await expect(teslaToast).toContainText('lost its connection to VoltPark');
  await expect(toasts.filter({ hasText: '2022 Ford Mustang Mach-E' })).toHaveCount(1);
  const bmwToast = toasts.filter({ hasText: 'Permission needed' });
  await expect(bmwToast).toHaveCount(1);

  // A fourth car is asleep: its own group, and no Reconnect for it.
  expect((await postSignedEvent(request, vehicleErrorEvent(AUDI, [ASLEEP]))).status()).toBe(200);
  const asleep = summary.getByRole('listitem').filter({ hasText: '2021 Audi e-tron' });
  await expect(asleep).toBeVisible();
  await expect(asleep.getByRole('button', { name: 'Reconnect' })).toHaveCount(0);
  await expect(reconnecting).toContainText('3 cars need reconnecting');

  // Smartcar retries a delivery: same eventId, new deliveryId. It changes nothing.
  const retried = { ...teslaLost, meta: { ...teslaLost.meta, deliveryId: randomUUID() } };
  const duplicate = await postSignedEvent(request, retried);
  expect(duplicate.status()).toBe(200);
  expect(await duplicate.json()).toEqual({ raised: 0, repeated: 0, resolved: 0 });

  // A forged "resolved" for the Tesla, signed with another token: refused, nothing changes.
  const forged = await postSignedEvent(
    request,
    vehicleErrorEvent(TESLA, [{ ...AUTHENTICATION_FAILED, state: 'RESOLVED' }]),
    'not-the-management-token',
  );
  expect(forged.status()).toBe(401);

  // Smartcar reports the BMW resolved: two cars left, the BMW's toast closes.
  const resolved = await postSignedEvent(
    request,
    vehicleErrorEvent(BMW, [
      {
        type: 'CONNECTED_SERVICES_ACCOUNT',
        code: 'PERMISSION',
        state: 'RESOLVED',
        description: 'Permission granted again.',
      },
    ]),
  );
  expect(await resolved.json()).toEqual({ raised: 0, repeated: 0, resolved: 1 });
  await expect(reconnecting).toContainText('2 cars need reconnecting');
  await expect(reconnecting).not.toContainText('BMW');
  await expect(bmwToast).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: 'Resolved: Permission needed' }),
  ).toHaveCount(1);
  // The resolved event reached the page after the duplicate and the forgery: neither counted
  // (the Tesla's toast shows no "×2"), and the asleep car's toast took the BMW's place.
  await expect(toasts).toHaveCount(3);
  await expect(teslaToast).toHaveCount(1);
  await expect(teslaToast).not.toContainText('×');
  await expect(toasts.filter({ hasText: 'Audi' })).toHaveCount(1);
  await expect(asleep).toBeVisible();

  // A person opening the page now gets the same picture in the server's HTML, before any script.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const serverRendered = await noScript.newPage();
  await serverRendered.goto(page.url());
  await expect(
    serverRendered.getByRole('region', { name: 'Vehicles with problems' }),
  ).toContainText('2 cars need reconnecting');
  await noScript.close();
  await page.reload();
  await expect(reconnecting).toContainText('2 cars need reconnecting');

  // Reconnect runs the app's onReconnect handler (providers.tsx): Smartcar Connect would open.
  await reconnecting.getByRole('button', { name: 'Reconnect' }).click();
  await expect(page).toHaveURL(/\/reconnect$/);
});

test('a delivery with a missing or forged SC-Signature is refused with 401', async ({
  request,
}) => {
  const event = vehicleErrorEvent(TESLA, [ASLEEP]);
  const missing = await request.post(WEBHOOK_PATH, {
    data: JSON.stringify(event),
    headers: { 'Content-Type': 'application/json' },
  });
  expect(missing.status()).toBe(401);
  const forged = await postSignedEvent(request, event, `${TEST_MANAGEMENT_TOKEN}-forged`);
  expect(forged.status()).toBe(401);
});

test('a VERIFY event is answered with the HMAC of its challenge', async ({ request }) => {
  // The documented v4 VERIFY event (WEBHOOK4__VERIFY__1).
  const challenge = '3a5c8f72-e6d9-4b1a-9f2e-8c7d6a5b4e3f';
  const response = await postSignedEvent(request, {
    eventId: '52f6e0bb-1369-45da-a61c-9e67d092d6db',
    eventType: 'VERIFY',
    data: { challenge },
    meta: {
      version: '4.0',
      webhookId: '5a8e5e38-1e12-4011-a36d-56f120053f9e',
      webhookName: 'VoltPark fleet',
      deliveryId: '5d569643-3a47-4cd1-a3ec-db5fc1f6f03b',
      deliveredAt: 1761896351529,
    },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  expect(await response.json()).toEqual({
    challenge: createHmac('sha256', TEST_MANAGEMENT_TOKEN).update(challenge).digest('hex'),
  });
});
