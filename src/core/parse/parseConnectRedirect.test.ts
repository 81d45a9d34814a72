import { parseConnectRedirect } from 'smartcar-error-kit/core';

const QUERY =
  'error=access_denied&error_description=User+denied+access+to+application.&state=0facda3319';

describe('parseConnectRedirect', () => {
  const forms: Array<[string, string | URL | URLSearchParams]> = [
    ['a full redirect URL', `https://app.example.com/callback?${QUERY}`],
    ['a custom-scheme redirect URI', `sc4a1b01e5://exchange?${QUERY}`],
    ['a ?query', `?${QUERY}`],
    ['a bare query string', QUERY],
    ['a URL', new URL(`https://app.example.com/callback?${QUERY}`)],
    ['URLSearchParams', new URLSearchParams(QUERY)],
    ['a fragment', `https://app.example.com/callback#${QUERY}`],
  ];

  it.each(forms)('reads %s', (_form, input) => {
    const error = parseConnectRedirect(input);
    expect(error).toMatchObject({
      type: 'CONNECT',
      code: 'access_denied',
      description: 'User denied access to application.',
      statusCode: null,
      format: 'connect',
    });
    expect(error?.raw).toBe(input);
  });

  it('reads a configuration_error status_code and error_message', () => {
    const error = parseConnectRedirect(
      '?error=configuration_error&error_description=Bad%20config.&status_code=400&error_message=Test%20VIN.',
    );
    expect(error).toMatchObject({
      code: 'configuration_error',
      statusCode: 400,
      detail: [{ message: 'Test VIN.' }],
    });
  });

  it('reads the vehicle of a vehicle_incompatible redirect; year 0 is unknown', () => {
    const error = parseConnectRedirect(
      'error=vehicle_incompatible&vin=1FDKE30G4JHA04964&make=FORD&model=F-150&year=2019',
    );
    expect(error?.vehicle).toEqual({
      id: null,
      vin: '1FDKE30G4JHA04964',
      make: 'FORD',
      model: 'F-150',
      year: 2019,
    });
    expect(parseConnectRedirect('error=vehicle_incompatible&year=0')?.vehicle).toBeNull();
  });

  it('recovers the description the documented oem_cancelled_login example puts in a bare key', () => {
    const error = parseConnectRedirect(
      'error=oem_cancelled_login&the%20user%20did%20not%20complete%20authorization%20with%20the%20OEM',
    );
    expect(error).toMatchObject({
      code: 'oem_cancelled_login',
      description: 'the user did not complete authorization with the OEM',
    });
  });

  it('keeps an unknown error value as sent', () => {
    expect(parseConnectRedirect('error=blargh')).toMatchObject({
      type: 'CONNECT',
      code: 'blargh',
      description: null,
    });
  });

  it('returns null for a successful redirect', () => {
    expect(parseConnectRedirect('https://app.example.com/callback?code=abc&state=xyz')).toBeNull();
    expect(parseConnectRedirect(new URLSearchParams('code=abc'))).toBeNull();
    expect(parseConnectRedirect('?error=')).toBeNull();
  });

  it('returns null for anything that is not a redirect, and never throws', () => {
    for (const input of [
      '',
      'hello world',
      '{"error":"access_denied"}',
      'https://app.example.com/',
      null,
      42,
      {},
    ]) {
      expect(parseConnectRedirect(input as string)).toBeNull();
    }
    const hostile = new URLSearchParams('error=x');
    Object.defineProperty(hostile, 'get', {
      value: () => {
        throw new Error('boom');
      },
    });
    expect(parseConnectRedirect(hostile)).toBeNull();
  });

  it('cleans control characters from the parameters', () => {
    expect(
      parseConnectRedirect('error=access_denied&error_description=a%00b%1Bc')?.description,
    ).toBe('abc');
  });
});
