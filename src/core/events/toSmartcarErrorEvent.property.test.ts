/**
 * Property-based proof that an event never carries personal data: over every documented fixture
 * (as a display and as a `SmartcarError`, with a request id and a VIN in its context) and over
 * hostile inputs, no event value looks like a VIN, an e-mail, a UUID or a URL, and none is over
 * 64 characters; the request id appears only when asked for.
 */
import fc from 'fast-check';
import { parseSmartcarError, toErrorDisplay } from 'smartcar-error-kit/core';
import { toSmartcarErrorEvent } from './toSmartcarErrorEvent';
import type {
  SmartcarErrorEvent,
  SmartcarErrorEventName,
  SmartcarErrorEventSurface,
} from 'smartcar-error-kit/core';
import { smartcarErrorFixtures } from 'smartcar-error-kit/testing';
import {
  anything,
  context,
  hostile,
  materialise,
  materialiseContext,
  smartcarShaped,
} from '../../../test/fixtures/hostileInputs';

const NAMES: readonly SmartcarErrorEventName[] = [
  'shown',
  'repeated',
  'resolved',
  'action',
  'dismissed',
  'timed-out',
  'request-id-copied',
  'offline-shown',
  'offline-ended',
];
const SURFACES: readonly SmartcarErrorEventSurface[] = [
  'banner',
  'toast',
  'support-card',
  'fleet-summary',
  'offline-notice',
];
const KEYS = new Set([
  'name',
  'surface',
  'type',
  'code',
  'resolution',
  'action',
  'count',
  'visibleMs',
  'requestId',
]);

const VIN = /[A-HJ-NPR-Z0-9]{17}/i;
const EMAIL = /[^\s@]+@[^\s@]+/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const URL_LIKE = /:\/\/|^www\.|^mailto:|^https?:/i;
const MAX_VALUE_LENGTH = 64;

const REQUEST_ID = '5d3c1b2a-9e8f-4a7b-8c6d-1e2f3a4b5c6d';
const VIN_IN_CONTEXT = '5YJ3E1EA7KF317000';
/** Generous: the runs take a few seconds on a busy 2-core machine. */
const PROPERTY_TIMEOUT_MS = 60_000;

/** Throws naming the first value that could be personal data, or too long. */
function assertClean(event: SmartcarErrorEvent, requestIdAllowed: boolean): void {
  for (const [key, value] of Object.entries(event)) {
    if (!KEYS.has(key)) throw new Error(`unexpected key ${key}`);
    if (value === null) continue;
    const text = String(value);
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new Error(`${key} is a ${typeof value}`);
    }
    if (text.length > MAX_VALUE_LENGTH) throw new Error(`${key} is ${text.length} characters`);
    if (key === 'requestId' && requestIdAllowed) continue;
    if (key === 'requestId') throw new Error('requestId without includeRequestId');
    for (const [what, pattern] of [
      ['a VIN', VIN],
      ['an e-mail', EMAIL],
      ['a UUID', UUID],
      ['a URL', URL_LIKE],
    ] as const) {
      if (pattern.test(text)) throw new Error(`${key} looks like ${what}: ${text}`);
    }
  }
}

const nameArb = fc.constantFrom(...NAMES);
const surfaceArb = fc.constantFrom(...SURFACES);
const extrasArb = fc.record(
  { action: anything, count: anything, visibleMs: anything },
  { requiredKeys: [] },
);

describe('toSmartcarErrorEvent: no personal data (property)', () => {
  const sources = smartcarErrorFixtures.all.flatMap((fixture) => {
    const error = parseSmartcarError(fixture.body, {
      headers: { 'SC-Request-Id': REQUEST_ID },
      vehicle: { vin: VIN_IN_CONTEXT, make: 'TESLA', model: 'Model 3', year: 2020 },
    } as never);
    const display = toErrorDisplay(error, { appName: 'VoltPark <ceo@voltpark.example>' });
    return [
      { fixture: fixture.name, source: display as unknown },
      { fixture: fixture.name, source: error as unknown },
    ];
  });

  it('keeps the type and code of every documented fixture, and nothing personal', () => {
    expect(sources.length).toBeGreaterThan(150);
    for (const { fixture, source } of sources) {
      for (const includeRequestId of [false, true]) {
        const event = toSmartcarErrorEvent('shown', 'toast', source, {}, includeRequestId);
        assertClean(event, includeRequestId);
        const { type, code, requestId } = source as {
          type: string;
          code: string | null;
          requestId: string | null;
        };
        expect(event.type, fixture).toBe(type);
        expect(event.code, fixture).toBe(code);
        expect(typeof requestId, fixture).toBe('string');
        expect(event.requestId, fixture).toBe(includeRequestId ? requestId : undefined);
      }
    }
  });

  it('holds for every fixture with any name, surface and extras', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        nameArb,
        surfaceArb,
        extrasArb,
        fc.boolean(),
        ({ source }, name, surface, extras, withId) => {
          assertClean(toSmartcarErrorEvent(name, surface, source, extras, withId), withId);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it(
    'holds for hostile inputs, parsed and displayed or given as they are, and never throws',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(anything, smartcarShaped, hostile),
          context,
          nameArb,
          surfaceArb,
          extrasArb,
          fc.boolean(),
          (input, ctx, name, surface, extras, withId) => {
            const raw = materialise(input);
            const error = parseSmartcarError(materialise(input), materialiseContext(ctx));
            for (const source of [raw, error, toErrorDisplay(error)]) {
              assertClean(toSmartcarErrorEvent(name, surface, source, extras, withId), withId);
            }
          },
        ),
        { numRuns: 1_500 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('turns a type or code that is not a plain identifier, or looks like a VIN, into UNKNOWN', () => {
    for (const bad of [
      VIN_IN_CONTEXT,
      'me@example.com',
      'https://x.example',
      REQUEST_ID,
      'A'.repeat(65),
    ]) {
      const event = toSmartcarErrorEvent('shown', 'banner', { type: bad, code: bad });
      expect(event).toMatchObject({ type: 'UNKNOWN', code: 'UNKNOWN', resolution: null });
    }
  });

  it('drops an unknown action, a count below 1 and a negative or non-numeric visibleMs', () => {
    const event = toSmartcarErrorEvent(
      'action',
      'toast',
      {},
      {
        action: 'javascript:alert(1)',
        count: 0,
        visibleMs: -5,
      },
    );
    expect(event).toEqual({
      name: 'action',
      surface: 'toast',
      type: 'UNKNOWN',
      code: null,
      resolution: null,
    });
  });
});
