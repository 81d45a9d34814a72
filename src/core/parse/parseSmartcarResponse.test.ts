import { parseSmartcarResponse } from 'smartcar-error-kit/core';
import { fixtureByName } from '../../../test/fixtures/smartcar';

describe('parseSmartcarResponse', () => {
  it('reads a JSON error body with its status, SC-Request-Id and Retry-After headers', async () => {
    const body = fixtureByName('RATE_LIMIT__VEHICLE__4').text; // its body has a requestId: it wins
    const response = new Response(body, {
      status: 429,
      headers: {
        'content-type': 'application/json',
        'SC-Request-Id': 'header-id',
        'Retry-After': '5000',
      },
    });
    const error = await parseSmartcarResponse(response);
    expect(error).toMatchObject({
      type: 'RATE_LIMIT',
      code: 'Vehicle',
      statusCode: 429,
      requestId: 'e0027f5f-4411-4247-a54d-e34c157d84c1',
      retryAfterSeconds: 5000,
      format: 'v2',
    });
    expect(error.raw).toBe(body);
    expect(response.bodyUsed).toBe(true);
  });

  it('takes the request id from the header when the body has none, and the status from the response', async () => {
    const response = new Response(fixtureByName('vehicle_state_error__VS_000__1').text, {
      status: 409,
      headers: { 'sc-request-id': 'abc-123' },
    });
    expect(await parseSmartcarResponse(response)).toMatchObject({
      type: 'vehicle_state_error',
      code: 'VS_000',
      statusCode: 409,
      requestId: 'abc-123',
      format: 'v1',
    });
  });

  it('gives UNKNOWN with the status for an HTML proxy page', async () => {
    const html = '<!doctype html><title>502 Bad Gateway</title>';
    const error = await parseSmartcarResponse(
      new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    expect(error).toMatchObject({
      type: 'UNKNOWN',
      statusCode: 502,
      description: null,
      format: 'unknown',
    });
    expect(error.raw).toBe(html);
  });

  it('gives UNKNOWN with the status for an empty body', async () => {
    const error = await parseSmartcarResponse(new Response(null, { status: 503 }));
    expect(error).toMatchObject({ type: 'UNKNOWN', statusCode: 503, description: null });
    expect(error.raw).toBe('');
  });

  it('still resolves, with the status, when the body was already used', async () => {
    const response = new Response('{"type":"SERVER"}', {
      status: 500,
      headers: { 'SC-Request-Id': 'used' },
    });
    await response.text();
    const error = await parseSmartcarResponse(response);
    expect(error).toMatchObject({ type: 'UNKNOWN', statusCode: 500, requestId: 'used' });
  });

  it('still resolves when reading the body fails midway', async () => {
    const stream = new ReadableStream({
      start(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    const error = await parseSmartcarResponse(new Response(stream, { status: 502 }));
    expect(error).toMatchObject({ type: 'UNKNOWN', statusCode: 502 });
  });

  it('never rejects, even for something that is not a Response', async () => {
    for (const input of [
      null,
      undefined,
      {},
      { status: 'x', text: () => Promise.reject(new Error('no')) },
    ]) {
      const error = await parseSmartcarResponse(input as unknown as Response);
      expect(error.type).toBe('UNKNOWN');
    }
  });
});
