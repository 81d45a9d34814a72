// @vitest-environment node
import { createRequire } from 'node:module';
import { type SmartcarError } from '../core/parse/SmartcarError';
import { parseSmartcarError } from '../core/parse/parseSmartcarError';
import { parseSmartcarResponse } from '../core/parse/parseSmartcarResponse';
import { parseSmartcarErrorLenient } from '../lenient/parseSmartcarErrorLenient';
import { smartcarErrorFixtures } from '../testing/smartcarErrorFixtures';
import type { SmartcarErrorFixture } from '../testing/SmartcarErrorFixture';
import { toSmartcarErrorBody } from './toSmartcarErrorBody';
import { toSmartcarErrorResponse } from './toSmartcarErrorResponse';

/** The Node SDK's error class (npm `smartcar`): what `util.handleError` throws for a response. */
const SdkSmartcarError = createRequire(import.meta.url)('smartcar/lib/smartcar-error') as new (
  status: number,
  body: unknown,
  headers: Record<string, string>,
) => Error;

/** What the frontend needs from a failure; `raw` (the input) is never forwarded. */
function kept(error: SmartcarError) {
  return {
    type: error.type,
    code: error.code,
    statusCode: error.statusCode,
    requestId: error.requestId,
    retryAfterSeconds: error.retryAfterSeconds,
    resolution: error.resolution,
    suggestedUserMessage: error.suggestedUserMessage,
    detail: error.detail,
    description: error.description,
    docURL: error.docURL,
    vehicle: error.vehicle,
    format: error.format,
  };
}

function contextOf(fixture: SmartcarErrorFixture) {
  return {
    headers: fixture.headers,
    ...(fixture.status === null ? {} : { status: fixture.status }),
  };
}

/** Every input form a server meets for one fixture. */
function inputsOf(fixture: SmartcarErrorFixture): [string, unknown][] {
  const inputs: [string, unknown][] = [
    ['parsed SmartcarError', parseSmartcarError(fixture.body ?? fixture.text, contextOf(fixture))],
    ['body as sent', fixture.body ?? fixture.text],
  ];
  if (fixture.kind === 'json' && fixture.format !== 'webhook') {
    const lowerCase = Object.fromEntries(
      Object.entries(fixture.headers).map(([name, value]) => [name.toLowerCase(), value]),
    );
    // As the SDK builds it (it mutates the body: give it a copy).
    inputs.push([
      'Node SDK SmartcarError',
      new SdkSmartcarError(fixture.status ?? 500, JSON.parse(fixture.text), lowerCase),
    ]);
  }
  return inputs;
}

describe('server round trip over every documented payload', () => {
  const fixtures = smartcarErrorFixtures.all;

  it('covers all 110 fixtures', () => {
    expect(fixtures).toHaveLength(110);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: toSmartcarErrorResponse → parseSmartcarResponse keeps every field',
    async (_name, fixture) => {
      for (const [label, input] of inputsOf(fixture)) {
        const before = parseSmartcarError(input);
        const response = toSmartcarErrorResponse(input);
        const after = await parseSmartcarResponse(response);
        // A failure with no status of its own arrives with the response's.
        expect(kept(after), label).toEqual({
          ...kept(before),
          statusCode: before.statusCode ?? response.status,
          // Text that did not come from Smartcar is not forwarded.
          description: ['network', 'unknown'].includes(before.format) ? null : before.description,
        });
        expect(response.headers.get('sc-request-id'), label).toBe(before.requestId);
        expect(response.headers.get('retry-after'), label).toBe(
          before.retryAfterSeconds === null ? null : String(before.retryAfterSeconds),
        );
      }
    },
  );

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: toSmartcarErrorBody → JSON → parseSmartcarError keeps every field',
    (_name, fixture) => {
      for (const [label, input] of inputsOf(fixture)) {
        const before = parseSmartcarError(input);
        const data: unknown = JSON.parse(JSON.stringify(toSmartcarErrorBody(input)));
        expect(kept(parseSmartcarError(data)), label).toEqual({
          ...kept(before),
          description: ['network', 'unknown'].includes(before.format) ? null : before.description,
        });
      }
    },
  );

  it('reads each documented v2 error back as the API sent it', async () => {
    for (const fixture of smartcarErrorFixtures.ofFormat('v2')) {
      // The documented example that is not valid JSON needs the lenient entry.
      const parse =
        fixture.kind === 'asdocumented' ? parseSmartcarErrorLenient : parseSmartcarError;
      const direct = parse(fixture.body ?? fixture.text, contextOf(fixture));
      const forwarded = await parseSmartcarResponse(toSmartcarErrorResponse(direct));
      expect(forwarded.type, fixture.name).toBe(fixture.type);
      expect(forwarded.code, fixture.name).toBe(direct.code);
      expect(forwarded.statusCode, fixture.name).toBe(fixture.status);
      expect(forwarded.requestId, fixture.name).not.toBeNull();
    }
  });
});
