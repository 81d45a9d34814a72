// The unit project's default environment (jsdom), as most app tests run: a relative path is
// matched against the page's origin, as `fetch('/api/…')` resolves it.
import { setupServer } from 'msw/node';
import { parseSmartcarResponse } from '../core/parse/parseSmartcarResponse';
import { smartcarErrorHandler } from './smartcarErrorHandler';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('answers a relative path in jsdom', async () => {
  server.use(
    smartcarErrorHandler('post', '/api/vehicles/:id/charge', {
      type: 'VEHICLE_STATE',
      code: 'CHARGING_PLUG_NOT_CONNECTED',
    }),
  );
  const response = await fetch(new URL('/api/vehicles/car-1/charge', window.location.href), {
    method: 'POST',
  });
  expect(await parseSmartcarResponse(response)).toMatchObject({
    type: 'VEHICLE_STATE',
    code: 'CHARGING_PLUG_NOT_CONNECTED',
    statusCode: 409,
  });
});
