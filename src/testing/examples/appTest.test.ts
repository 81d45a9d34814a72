// @vitest-environment node
// An app's test of its error handling, as the docs show it: msw answers the app's own API route
// with a documented Smartcar failure, and the app's code reads it as it reads the real one.
// #region msw-setup
import { setupServer } from 'msw/node';
import { parseSmartcarResponse, type SmartcarError } from 'smartcar-error-kit/core';
import { smartcarErrorFixtures, smartcarErrorHandler } from 'smartcar-error-kit/testing';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
// #endregion

/** The app code under test: starts charging, or gives the failure its error UI shows. */
async function startCharging(vehicleId: string): Promise<SmartcarError | null> {
  const response = await fetch(`http://localhost/api/vehicles/${vehicleId}/charge`, {
    method: 'POST',
  });
  return response.ok ? null : parseSmartcarResponse(response);
}

// #region msw-test
it('tells the driver to wait when the car is rate limited', async () => {
  server.use(
    smartcarErrorHandler('post', 'http://localhost/api/vehicles/:id/charge', {
      type: 'RATE_LIMIT',
      code: 'VEHICLE',
    }),
  );
  const error = await startCharging('car-1');
  expect(error).toMatchObject({ type: 'RATE_LIMIT', statusCode: 429, retryAfterSeconds: 60 });
});
// #endregion

// #region fixtures
it('reads every documented VEHICLE_STATE error', async () => {
  for (const code of ['ASLEEP', 'DOOR_OPEN', 'LOW_BATTERY'] as const) {
    const fixture = smartcarErrorFixtures.get('VEHICLE_STATE', code);
    server.use(smartcarErrorHandler('post', 'http://localhost/api/vehicles/:id/charge', fixture));
    expect(await startCharging('car-1')).toMatchObject({ code, statusCode: fixture.status });
  }
});
// #endregion
