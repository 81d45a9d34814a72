/**
 * The shapes a Smartcar failure arrives in besides the documented bodies: SDK errors, Connect
 * SDK errors, OAuth token errors, webhooks, wrappers, network failures and non-JSON bodies.
 */
import {
  NETWORK_ABORTED,
  NETWORK_TIMEOUT,
  SmartcarError,
  isSmartcarError,
  parseSmartcarError,
} from 'smartcar-error-kit/core';
import { fixtureByName } from '../../../test/fixtures/smartcar';
import { SMARTCAR_ERROR_FIELDS } from '../../../test/fixtures/makeSmartcarError';

/**
 * Built the way npm `smartcar` 10.x builds its `SmartcarError` (lib/smartcar-error.js):
 * `type` from `error` for v1 bodies, `code` and other fields copied only when truthy,
 * `resolution` string → `{ type }`, `retryAfter` the raw header, `name` assigned last.
 */
class NodeSdkSmartcarError extends Error {
  [field: string]: unknown;

  constructor(
    status: number,
    body: Record<string, unknown> | string,
    headers: Record<string, string>,
  ) {
    const fields = ['type', 'code', 'description', 'docURL', 'detail', 'suggestedUserMessage'];
    if (typeof body !== 'string') {
      if (body['error']) body['type'] = body['error'];
      if (!body['description']) {
        if (body['error_description']) body['description'] = body['error_description'];
        else if (body['message']) body['description'] = body['message'];
        else body['description'] = 'Unknown error';
      }
    }
    super(
      typeof body === 'string'
        ? body
        : `${String(body['type'])}:${String(body['code'])} - ${String(body['description'])}`,
    );
    if (headers['retry-after']) this['retryAfter'] = headers['retry-after'];
    this['statusCode'] = status;
    if (typeof body !== 'string') {
      this['requestId'] = body['requestId'] || headers['sc-request-id'];
      if (typeof body['resolution'] === 'string') this['resolution'] = { type: body['resolution'] };
      else if (body['resolution'] !== null && typeof body['resolution'] === 'object') {
        this['resolution'] = body['resolution'];
      }
      for (const field of fields) if (body[field]) this[field] = body[field];
    }
    this.name = 'SmartcarError';
  }
}

/** `@smartcar/auth`'s error classes: the name says which Connect error it is. */
class AccessDenied extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccessDenied';
  }
}
class InvalidSubscription extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSubscription';
  }
}
class VehicleIncompatible extends Error {
  constructor(
    message: string,
    readonly vehicleInfo: { vin: string; make: string; year: number; model?: string },
  ) {
    super(message);
    this.name = 'VehicleIncompatible';
  }
}

function jsonCopy(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

describe('parseSmartcarError: Node SDK errors', () => {
  const rateLimitBody = () => jsonCopy(fixtureByName('RATE_LIMIT__VEHICLE__2').json);

  it('reads a SmartcarError instance, with its raw Retry-After header', () => {
    const sdkError = new NodeSdkSmartcarError(429, rateLimitBody(), {
      'retry-after': '12345',
      'sc-request-id': 'header-id',
    });
    const error = parseSmartcarError(sdkError);
    expect(error).toMatchObject({
      type: 'RATE_LIMIT',
      code: 'VEHICLE',
      statusCode: 429,
      requestId: '5dea93a1-3f79-4246-90c5-89610a20471b',
      retryAfterSeconds: 12345,
      resolution: { type: 'RETRY_LATER', url: null },
      format: 'v2',
    });
    expect(error.raw).toBe(sdkError);
  });

  it('reads its JSON as forwarded by a server, and restores the dropped null code', () => {
    const body = jsonCopy(fixtureByName('PERMISSION__NULL__2').json);
    const sdkError = new NodeSdkSmartcarError(403, body, {});
    expect('code' in sdkError).toBe(false); // the SDK drops a null code
    const error = parseSmartcarError(jsonCopy(sdkError));
    expect(error).toMatchObject({
      type: 'PERMISSION',
      code: null,
      statusCode: 403,
      resolution: { type: 'REAUTHENTICATE', url: null },
      format: 'v2',
    });
  });

  it('keeps the SDK_ERROR the SDK made of a v3 body', () => {
    const v3 = jsonCopy(fixtureByName('V3__UPSTREAM__INVALID_DATA__1').json);
    const sdkError = new NodeSdkSmartcarError(502, { body: v3, type: 'SDK_ERROR' }, {});
    expect(parseSmartcarError(sdkError)).toMatchObject({
      type: 'SDK_ERROR',
      code: null,
      description: 'Unknown error',
      statusCode: 502,
    });
  });

  it('reads a v1 body the SDK turned into an error as v1', () => {
    const body = jsonCopy(fixtureByName('vehicle_state_error__VS_000__1').json);
    const error = parseSmartcarError(new NodeSdkSmartcarError(409, body, {}));
    expect(error).toMatchObject({
      type: 'vehicle_state_error',
      code: 'VS_000',
      statusCode: 409,
      format: 'v1',
    });
    expect(error.description).toBe('Vehicle state cannot be determined.');
  });

  it('reads an OAuth error the SDK turned into an error as OAUTH', () => {
    const body = {
      error: 'invalid_grant',
      error_description: 'Invalid code: THIS_SHOULD_NOT_WORK.',
    };
    const error = parseSmartcarError(new NodeSdkSmartcarError(400, body, {}));
    expect(error).toMatchObject({
      type: 'OAUTH',
      code: 'invalid_grant',
      description: 'Invalid code: THIS_SHOULD_NOT_WORK.',
      statusCode: 400,
      format: 'oauth',
    });
  });

  it("treats the SDK's own 408 'Request timed out' as a network timeout", () => {
    const error = parseSmartcarError(new NodeSdkSmartcarError(408, 'Request timed out', {}));
    expect(error).toMatchObject({
      type: 'NETWORK',
      code: NETWORK_TIMEOUT,
      statusCode: null,
      description: 'Request timed out',
      format: 'network',
    });
  });

  it('reads snake_case SDK JSON (Python, Ruby)', () => {
    const error = parseSmartcarError({
      type: 'RATE_LIMIT',
      code: 'VEHICLE',
      description: 'Throttled.',
      status_code: 429,
      request_id: 'snake-id',
      doc_url: 'https://smartcar.com/docs/errors/api-errors/rate-limit-errors#vehicle',
      suggested_user_message: 'Please wait.',
      retry_after: '60',
      resolution: { type: 'RETRY_LATER', url: null },
    });
    expect(error).toMatchObject({
      statusCode: 429,
      requestId: 'snake-id',
      docURL: 'https://smartcar.com/docs/errors/api-errors/rate-limit-errors#vehicle',
      suggestedUserMessage: 'Please wait.',
      retryAfterSeconds: 60,
      format: 'v2',
    });
  });
});

describe('parseSmartcarError: @smartcar/auth errors', () => {
  it('reads AccessDenied and InvalidSubscription as Connect errors', () => {
    expect(
      parseSmartcarError(new AccessDenied('User denied access to application.')),
    ).toMatchObject({
      type: 'CONNECT',
      code: 'access_denied',
      description: 'User denied access to application.',
      format: 'connect',
      vehicle: null,
    });
    expect(parseSmartcarError(new InvalidSubscription('No subscription.'))).toMatchObject({
      type: 'CONNECT',
      code: 'invalid_subscription',
    });
  });

  it('reads VehicleIncompatible with its vehicle; year 0 means unknown', () => {
    const error = parseSmartcarError(
      new VehicleIncompatible("The user's vehicle is not compatible.", {
        vin: '1FDKE30G4JHA04964',
        make: 'FORD',
        year: 0,
      }),
    );
    expect(error).toMatchObject({ type: 'CONNECT', code: 'vehicle_incompatible' });
    expect(error.vehicle).toEqual({
      id: null,
      vin: '1FDKE30G4JHA04964',
      make: 'FORD',
      model: null,
      year: null,
    });
    const withYear = parseSmartcarError(
      new VehicleIncompatible('x', { vin: 'V', make: 'TESLA', model: 'Model 3', year: 2020 }),
    );
    expect(withYear.vehicle).toEqual({
      id: null,
      vin: 'V',
      make: 'TESLA',
      model: 'Model 3',
      year: 2020,
    });
  });

  it("reads the plain 'Unexpected error: <error> - <description>' Error", () => {
    const error = parseSmartcarError(
      new Error('Unexpected error: configuration_error - There has been an error - really.'),
    );
    expect(error).toMatchObject({
      type: 'CONNECT',
      code: 'configuration_error',
      description: 'There has been an error - really.',
      format: 'connect',
    });
  });
});

describe('parseSmartcarError: other bodies', () => {
  it('reads an OAuth token error with the HTTP status', () => {
    const error = parseSmartcarError(
      { error: 'invalid_client', error_description: 'Invalid client credentials.' },
      { status: 401 },
    );
    expect(error).toMatchObject({
      type: 'OAUTH',
      code: 'invalid_client',
      description: 'Invalid client credentials.',
      statusCode: 401,
      format: 'oauth',
    });
  });

  it('reads Connect parameters passed as an object', () => {
    expect(parseSmartcarError({ error: 'no_vehicles', error_description: 'None.' })).toMatchObject({
      type: 'CONNECT',
      code: 'no_vehicles',
      description: 'None.',
      format: 'connect',
    });
  });

  it('reads a v1 body without code, the status coming from the response', () => {
    expect(
      parseSmartcarError(fixtureByName('permission_error__NULL__1').json, { status: 403 }),
    ).toMatchObject({
      type: 'permission_error',
      code: null,
      statusCode: 403,
      description: 'Insufficient permissions to access requested resource.',
      format: 'v1',
    });
  });

  it('reads a single webhook error item', () => {
    const payload = fixtureByName('WEBHOOK__VEHICLE_ERROR__1').json as {
      data: { errors: unknown[] };
    };
    const error = parseSmartcarError(payload.data.errors[0]);
    expect(error).toMatchObject({
      type: 'COMPATIBILITY',
      code: 'VEHICLE_NOT_CAPABLE',
      resolution: { type: 'CONTACT_SUPPORT', url: null },
      format: 'webhook',
    });
  });

  it('reads the first failed item of a batch, with its own status and headers', () => {
    const error = parseSmartcarError(fixtureByName('BATCH__MIXED__1').json, { status: 200 });
    expect(error).toMatchObject({
      type: 'vehicle_state_error',
      code: 'VS_000',
      statusCode: 409,
      format: 'batch',
    });
  });

  it('gives UNKNOWN for a batch without failures', () => {
    const error = parseSmartcarError({
      responses: [{ path: '/odometer', code: 200, body: { distance: 1 } }],
    });
    expect(error).toMatchObject({ type: 'UNKNOWN', format: 'batch' });
  });

  it('unwraps an error nested under `error`', () => {
    const error = parseSmartcarError({ error: fixtureByName('SERVER__INTERNAL__1').json });
    expect(error).toMatchObject({ type: 'SERVER', code: 'INTERNAL', statusCode: 500 });
  });

  it('reads a SmartcarError nested in a wrapper or a list into an equal error', () => {
    const inner = parseSmartcarError(fixtureByName('WEBHOOK__VEHICLE_ERROR__2').json);
    expect(inner).toMatchObject({
      state: 'RESOLVED',
      signals: [{}],
      vehicle: { id: expect.any(String) },
    });
    for (const wrapper of [{ error: inner }, [inner]]) {
      const error = parseSmartcarError(wrapper);
      expect(error.raw).toBe(wrapper);
      expect(error.toJSON()).toEqual(inner.toJSON());
    }
  });

  it('reads a URL or URLSearchParams without an error as an unknown failure with the context', () => {
    for (const input of [
      new URL('https://app.example.com/callback?code=abc&state=xyz'),
      new URLSearchParams('code=abc'),
    ]) {
      const error = parseSmartcarError(input, { status: 502 });
      expect(error.toJSON()).toEqual(parseSmartcarError(undefined, { status: 502 }).toJSON());
    }
  });

  it('reads an axios error through its response', () => {
    const error = parseSmartcarError({
      isAxiosError: true,
      name: 'AxiosError',
      message: 'Request failed with status code 409',
      response: {
        status: 409,
        headers: { 'sc-request-id': 'axios-id' },
        data: { type: 'VEHICLE_STATE', code: 'ASLEEP', description: 'Asleep.' },
      },
    });
    expect(error).toMatchObject({
      type: 'VEHICLE_STATE',
      code: 'ASLEEP',
      statusCode: 409,
      requestId: 'axios-id',
    });
  });

  it('reads a double-encoded JSON body', () => {
    const text = JSON.stringify(fixtureByName('SERVER__INTERNAL__1').text);
    expect(parseSmartcarError(text)).toMatchObject({ type: 'SERVER', code: 'INTERNAL' });
  });

  it('gives UNKNOWN with the HTTP status for HTML, and keeps nothing of the HTML', () => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';
    const error = parseSmartcarError(html, { status: 502 });
    expect(error).toMatchObject({
      type: 'UNKNOWN',
      code: null,
      description: null,
      statusCode: 502,
      format: 'unknown',
    });
    expect(error.raw).toBe(html);
  });

  it('keeps a plain-text body as the description, and gives UNKNOWN for empty bodies', () => {
    expect(parseSmartcarError('502 Bad Gateway', { status: 502 })).toMatchObject({
      type: 'UNKNOWN',
      description: '502 Bad Gateway',
      statusCode: 502,
    });
    for (const empty of ['', '   \n', undefined, null]) {
      expect(parseSmartcarError(empty, { status: 500 })).toMatchObject({
        type: 'UNKNOWN',
        description: null,
        statusCode: 500,
      });
    }
  });

  it('gives UNKNOWN for a JSON object it does not recognise, keeping its message and status', () => {
    expect(parseSmartcarError({ message: 'Internal Server Error', status: 500 })).toMatchObject({
      type: 'UNKNOWN',
      description: 'Internal Server Error',
      statusCode: 500,
    });
  });

  it('reads the status and headers of an unread Response (its body needs parseSmartcarResponse)', () => {
    const response = new Response('{"type":"SERVER"}', {
      status: 502,
      headers: { 'SC-Request-Id': 'from-response', 'Retry-After': '9' },
    });
    expect(parseSmartcarError(response)).toMatchObject({
      type: 'UNKNOWN',
      statusCode: 502,
      requestId: 'from-response',
      retryAfterSeconds: 9,
    });
    expect(response.bodyUsed).toBe(false);
  });

  it('returns an already parsed SmartcarError as is', () => {
    const error = parseSmartcarError(fixtureByName('SERVER__INTERNAL__1').json);
    expect(parseSmartcarError(error)).toBe(error);
    expect(isSmartcarError(error)).toBe(true);
    expect(error).toBeInstanceOf(SmartcarError);
    expect(error).toBeInstanceOf(Error);
  });

  it('is a real Error that can be thrown, and leaves Error.stackTraceLimit as it was', () => {
    const limit = Error.stackTraceLimit;
    const error = parseSmartcarError(fixtureByName('SERVER__INTERNAL__1').json);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
    expect(error.name).toBe('SmartcarError');
    expect(error.message).toBe(
      'SERVER:INTERNAL - An internal Smartcar error has occurred. Our team has been notified and is working to resolve this issue.',
    );
    expect(() => {
      throw error;
    }).toThrow(SmartcarError);
  });

  it('reads a SmartcarError serialised to JSON back into the same fields', () => {
    const error = parseSmartcarError(fixtureByName('RATE_LIMIT__VEHICLE__3').json, {
      headers: { 'Retry-After': '30' },
    });
    const copy = parseSmartcarError(jsonCopy(error));
    // every field but `raw`, which is the input itself
    for (const field of SMARTCAR_ERROR_FIELDS.filter((name) => name !== 'raw')) {
      expect(copy[field]).toEqual(error[field]);
    }
  });
});

describe('parseSmartcarError: no response at all', () => {
  it('reads a failed fetch (TypeError) as NETWORK, whatever the browser says', () => {
    for (const message of [
      'Failed to fetch',
      'NetworkError when attempting to fetch resource.',
      'Load failed',
      'fetch failed',
    ]) {
      expect(parseSmartcarError(new TypeError(message), { status: 500 })).toMatchObject({
        type: 'NETWORK',
        code: null,
        statusCode: null,
        requestId: null,
        description: message,
        format: 'network',
      });
    }
  });

  it('reads AbortError and TimeoutError DOMExceptions', () => {
    expect(
      parseSmartcarError(new DOMException('The user aborted a request.', 'AbortError')),
    ).toMatchObject({
      type: 'NETWORK',
      code: NETWORK_ABORTED,
      format: 'network',
    });
    expect(parseSmartcarError(new DOMException('signal timed out', 'TimeoutError'))).toMatchObject({
      type: 'NETWORK',
      code: NETWORK_TIMEOUT,
      format: 'network',
    });
  });

  it('reads an axios error without response as NETWORK', () => {
    expect(
      parseSmartcarError({
        isAxiosError: true,
        code: 'ECONNABORTED',
        message: 'timeout of 1000ms exceeded',
      }),
    ).toMatchObject({ type: 'NETWORK', code: NETWORK_TIMEOUT });
    expect(
      parseSmartcarError({ isAxiosError: true, code: 'ERR_NETWORK', message: 'Network Error' }),
    ).toMatchObject({
      type: 'NETWORK',
      code: null,
    });
  });

  it('does not mistake a programming TypeError for a network failure', () => {
    const error = parseSmartcarError(
      new TypeError("Cannot read properties of undefined (reading 'x')"),
    );
    expect(error).toMatchObject({ type: 'UNKNOWN', format: 'unknown' });
    expect(error.description).toBe("Cannot read properties of undefined (reading 'x')");
  });
});
