/** In real Chromium: the failures a browser really produces, and the fixtures loaded by Vite. */
import {
  NETWORK_ABORTED,
  NETWORK_TIMEOUT,
  parseSmartcarError,
  parseSmartcarResponse,
} from 'smartcar-error-kit/core';
import { parseSmartcarErrorLenient } from 'smartcar-error-kit/lenient';
import { payloadFixtures } from '../../../test/fixtures/smartcar';

/** A local port nothing listens on (the discard port), so the connection is refused at once. */
const REFUSED_URL = 'http://127.0.0.1:9/vehicles';

async function failureOf(request: Promise<unknown>): Promise<unknown> {
  try {
    await request;
  } catch (error) {
    return error;
  }
  throw new Error('the request did not fail');
}

describe('parseSmartcarError in the browser', () => {
  it('reads the TypeError of a fetch that could not connect as NETWORK', async () => {
    const failure = await failureOf(fetch(REFUSED_URL));
    expect(failure).toBeInstanceOf(TypeError);
    expect(parseSmartcarError(failure)).toMatchObject({
      type: 'NETWORK',
      code: null,
      format: 'network',
    });
  });

  it('reads an aborted fetch as NETWORK ABORTED', async () => {
    const controller = new AbortController();
    controller.abort();
    const failure = await failureOf(fetch(REFUSED_URL, { signal: controller.signal }));
    expect(parseSmartcarError(failure)).toMatchObject({ type: 'NETWORK', code: NETWORK_ABORTED });
  });

  it('reads a fetch stopped by AbortSignal.timeout as NETWORK TIMEOUT', async () => {
    const signal = AbortSignal.timeout(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const failure = await failureOf(fetch(REFUSED_URL, { signal }));
    expect(parseSmartcarError(failure)).toMatchObject({ type: 'NETWORK', code: NETWORK_TIMEOUT });
  });

  it('reads a browser Response with its headers', async () => {
    const response = new Response('{"type":"VEHICLE_STATE","code":"ASLEEP"}', {
      status: 409,
      headers: { 'SC-Request-Id': 'browser-id' },
    });
    expect(await parseSmartcarResponse(response)).toMatchObject({
      type: 'VEHICLE_STATE',
      code: 'ASLEEP',
      statusCode: 409,
      requestId: 'browser-id',
    });
  });

  it('parses every payload fixture loaded through Vite to its documented type and format', () => {
    expect(payloadFixtures).toHaveLength(102);
    for (const fixture of payloadFixtures) {
      // The documented examples that are not valid JSON need the lenient entry.
      const parse =
        fixture.kind === 'asdocumented' ? parseSmartcarErrorLenient : parseSmartcarError;
      const error = parse(fixture.text);
      expect([fixture.name, error.type, error.format]).toEqual([
        fixture.name,
        fixture.type,
        fixture.format,
      ]);
    }
  });
});
