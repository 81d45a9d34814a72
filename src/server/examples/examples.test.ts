// @vitest-environment node
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import smartcar from 'smartcar';
import { parseSmartcarResponse } from 'smartcar-error-kit/core';
import { smartcarErrorFixtures } from 'smartcar-error-kit/testing';
import {
  startLocalSmartcarApi,
  type LocalSmartcarApi,
} from '../../../test/fixtures/localSmartcarApi';
import { forwardSmartcarErrors as forwardFromExpress, type ErrorMiddleware } from './express';
import { forwardSmartcarErrors as forwardFromHono } from './hono';
import { action } from './remix';
import { POST } from './routeHandler';
import { lockVehicle } from './serverAction';
import { lockFromClient } from './serverActionClient';

const TOKEN = 'f00dcafe-0000-4000-8000-000000000001';
const requestIdOf = (name: string) =>
  (smartcarErrorFixtures.byName(name).body as { requestId: string }).requestId;

let api: LocalSmartcarApi;
beforeAll(async () => {
  api = await startLocalSmartcarApi();
  process.env['SMARTCAR_ACCESS_TOKEN'] = TOKEN;
});
afterAll(async () => {
  delete process.env['SMARTCAR_ACCESS_TOKEN'];
  await api.stop();
});

/** A request from the browser, with the session cookie the examples read the token from. */
const browserRequest = () =>
  new Request('http://app.test/api', {
    method: 'POST',
    headers: { cookie: `sc_access_token=${TOKEN}` },
  });

describe('docs examples, with the real Node SDK against a local Smartcar API', () => {
  it('Next.js route handler: the SDK error reaches the browser with its headers', async () => {
    const name = 'RATE_LIMIT__VEHICLE__1';
    const response = await POST(browserRequest(), { params: Promise.resolve({ id: name }) });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(await parseSmartcarResponse(response)).toMatchObject({
      type: 'RATE_LIMIT',
      code: 'VEHICLE',
      requestId: requestIdOf(name),
      retryAfterSeconds: 60,
    });
  });

  it('Remix action: the same, from an action', async () => {
    const name = 'VEHICLE_STATE__CHARGING_PLUG_NOT_CONNECTED__1';
    const error = await parseSmartcarResponse(
      await action({ request: browserRequest(), params: { id: name } }),
    );
    expect(error).toMatchObject({
      type: 'VEHICLE_STATE',
      code: 'CHARGING_PLUG_NOT_CONNECTED',
      statusCode: 409,
      requestId: requestIdOf(name),
    });
  });

  it('Server Action: plain data that survives serialisation, parsed on the client', async () => {
    const name = 'CONNECTED_SERVICES_ACCOUNT__VIRTUAL_KEY_REQUIRED__1';
    const result = await lockVehicle(name);
    expect(structuredClone(result)).toEqual(result);
    const error = await lockFromClient(name);
    expect(error).toMatchObject({
      type: 'CONNECTED_SERVICES_ACCOUNT',
      code: 'VIRTUAL_KEY_REQUIRED',
      statusCode: 400,
      resolution: { type: 'ACTION_REQUIRED' },
    });
    expect(error?.resolution.url).toMatch(/^https:\/\//);
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it('Hono: onError answers with the Smartcar response', async () => {
    let onError: ((error: Error) => Response) | undefined;
    forwardFromHono({ onError: (handler) => (onError = handler) });
    const thrown = await new smartcar.Vehicle('SERVER__INTERNAL__1', TOKEN)
      .odometer()
      .catch((e: Error) => e);
    const error = await parseSmartcarResponse(
      (onError as (error: Error) => Response)(thrown as Error),
    );
    expect(error).toMatchObject({ type: 'SERVER', code: 'INTERNAL', statusCode: 500 });
  });

  it('Express adapter on a real node:http server: status, headers and body over the wire', async () => {
    let middleware: ErrorMiddleware | undefined;
    forwardFromExpress({ use: (handler) => (middleware = handler) });
    const app = createServer((req, res) => {
      const id = req.url?.slice(1) ?? '';
      new smartcar.Vehicle(id, TOKEN)
        .odometer()
        .then((data) => res.end(JSON.stringify(data)))
        .catch((error: unknown) => middleware?.(error, req, res, () => undefined));
    });
    app.listen(0, '127.0.0.1');
    await once(app, 'listening');
    try {
      const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
      const name = 'RATE_LIMIT__SMARTCAR_API__1';
      const response = await fetch(`${url}/${name}`);
      expect(response.status).toBe(429);
      expect(response.headers.get('sc-request-id')).toBe(requestIdOf(name));
      expect(response.headers.get('retry-after')).toBe('60');
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const text = await response.clone().text();
      expect(text).not.toContain(TOKEN);
      expect(await parseSmartcarResponse(response)).toMatchObject({
        type: 'RATE_LIMIT',
        code: 'SMARTCAR_API',
        statusCode: 429,
        requestId: requestIdOf(name),
        retryAfterSeconds: 60,
        resolution: { type: 'RETRY_LATER' },
      });
      const detailed = await parseSmartcarResponse(
        await fetch(`${url}/SERVER__MULTIPLE_RECORDS_FOUND__1`),
      );
      expect(detailed.detail).toEqual([{ capacities: [83.9, 83.9, 70.2] }]);
    } finally {
      app.closeAllConnections();
      app.close();
    }
  });
});
