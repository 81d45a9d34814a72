import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVehicleIssues } from 'smartcar-error-kit/core';
import { anything, hostile, materialise, text } from '../../../test/fixtures/hostileInputs';
import permissionLost from '../../testing/smartcar/payloads/WEBHOOK__VEHICLE_ERROR__3.json';
import notCapable from '../../testing/smartcar/payloads/WEBHOOK__VEHICLE_ERROR__1.json';
import reachableAgain from '../../testing/smartcar/payloads/WEBHOOK__VEHICLE_ERROR__2.json';

type Event = typeof reachableAgain;
type ErrorItem = Record<string, unknown>;

let eventSeq = 0;
/** The documented event's delivery time (epoch ms); tests give theirs as offsets from it. */
const T = 1_761_896_351_529;

/** A v4 VEHICLE_ERROR event for `vehicleId` with `errors`, built on a documented event. */
function vehicleError(
  vehicleId: string,
  errors: readonly ErrorItem[],
  { deliveredAt = 0, eventId = `event-${++eventSeq}` } = {},
): Event {
  return {
    ...reachableAgain,
    eventId,
    vehicleId,
    data: {
      ...reachableAgain.data,
      vehicle: { ...reachableAgain.data.vehicle, id: vehicleId },
      errors: errors as Event['data']['errors'],
    },
    meta: { ...reachableAgain.meta, deliveredAt: T + deliveredAt },
  };
}

const unreachable = (state: 'ERROR' | 'RESOLVED'): ErrorItem => ({
  ...reachableAgain.data.errors[0],
  state,
});
const authFailed: ErrorItem = permissionLost.data.errors[0]!;
const asleep: ErrorItem = {
  type: 'VEHICLE_STATE',
  code: 'ASLEEP',
  state: 'ERROR',
  resolution: { type: 'RETRY_LATER' },
};

describe('createVehicleIssues: raising and ending issues', () => {
  it('raises one issue per vehicle, type and code, with the vehicle and its id', () => {
    const issues = createVehicleIssues();
    const change = issues.ingest(permissionLost);
    expect(change.raised).toHaveLength(1);
    const [issue] = issues.getSnapshot().issues;
    expect(issue).toMatchObject({
      vehicleKey: '123e4567-e89b-12d3-a456-426614174000',
      action: 'reconnect',
      count: 1,
      firstSeenAt: permissionLost.meta.deliveredAt,
    });
    expect(issue!.vehicle).toMatchObject({ id: permissionLost.vehicleId, model: 'Model 3' });
    expect(issue!.error.code).toBe('AUTHENTICATION_FAILED');
  });

  it('raises every failure of an event, not only the first (issue 18, problem 2)', () => {
    const issues = createVehicleIssues();
    issues.ingest(vehicleError('car-1', [notCapable.data.errors[0]!, authFailed]));
    const { issues: open, groups } = issues.getSnapshot();
    expect(open.map((issue) => issue.error.code)).toEqual([
      'VEHICLE_NOT_CAPABLE',
      'AUTHENTICATION_FAILED',
    ]);
    expect(groups.map((group) => group.action)).toEqual(['reconnect', null]);
  });

  it('ends an issue when Smartcar reports it RESOLVED (issue 18, problem 1)', () => {
    const issues = createVehicleIssues();
    issues.ingest(vehicleError('car-1', [unreachable('ERROR')], { deliveredAt: 1000 }));
    expect(issues.getSnapshot().issues).toHaveLength(1);
    const change = issues.ingest(
      vehicleError('car-1', [unreachable('RESOLVED')], { deliveredAt: 2000 }),
    );
    expect(change.resolved.map((issue) => issue.vehicleKey)).toEqual(['car-1']);
    expect(issues.getSnapshot().issues).toEqual([]);
  });

  it('never raises an issue from a RESOLVED alone (the documented resolved event)', () => {
    const issues = createVehicleIssues();
    expect(issues.ingest(reachableAgain).raised).toEqual([]);
    expect(issues.getSnapshot().issues).toEqual([]);
  });

  it('counts a repeat up and merges its signals', () => {
    const issues = createVehicleIssues();
    const withSignal = (code: string): ErrorItem => ({
      ...unreachable('ERROR'),
      signals: [{ code, name: code, group: 'Location' }],
    });
    issues.ingest(vehicleError('car-1', [withSignal('a')], { deliveredAt: 1000 }));
    const change = issues.ingest(vehicleError('car-1', [withSignal('b')], { deliveredAt: 2000 }));
    expect(change.repeated).toHaveLength(1);
    const [issue] = issues.getSnapshot().issues;
    expect(issue!.count).toBe(2);
    expect(issue!.lastSeenAt).toBe(T + 2000);
    expect(issue!.signals.map((signal) => signal.code)).toEqual(['a', 'b']);
  });

  it('ends issues by key with resolve()', () => {
    const issues = createVehicleIssues();
    issues.ingest(vehicleError('car-1', [authFailed]));
    issues.resolve([issues.getSnapshot().issues[0]!.key, 'unknown-key']);
    expect(issues.getSnapshot().issues).toEqual([]);
  });
});

describe('createVehicleIssues: deliveries', () => {
  it('ignores a delivery seen before (same eventId): nothing changes, nobody is notified', async () => {
    const issues = createVehicleIssues();
    const event = vehicleError('car-1', [authFailed], { eventId: 'same' });
    issues.ingest(event);
    const before = issues.getSnapshot();
    await Promise.resolve(); // the first ingest's notification
    let calls = 0;
    issues.subscribe(() => (calls += 1));
    const change = issues.ingest({ ...event, meta: { ...event.meta, deliveryId: 'retry-2' } });
    await Promise.resolve();
    expect(change).toEqual({ raised: [], repeated: [], resolved: [] });
    expect(issues.getSnapshot()).toBe(before);
    expect(before.issues[0]!.count).toBe(1);
    expect(calls).toBe(0);
  });

  it('does not let a RESOLVED older than the latest ERROR end the issue', () => {
    const issues = createVehicleIssues();
    issues.ingest(vehicleError('car-1', [unreachable('ERROR')], { deliveredAt: 2000 }));
    issues.ingest(vehicleError('car-1', [unreachable('RESOLVED')], { deliveredAt: 1000 }));
    expect(issues.getSnapshot().issues).toHaveLength(1);
  });

  it('does not let an ERROR older than the resolution revive the issue', () => {
    const issues = createVehicleIssues();
    issues.ingest(vehicleError('car-1', [unreachable('ERROR')], { deliveredAt: 1000 }));
    issues.ingest(vehicleError('car-1', [unreachable('RESOLVED')], { deliveredAt: 3000 }));
    issues.ingest(vehicleError('car-1', [unreachable('ERROR')], { deliveredAt: 2000 }));
    expect(issues.getSnapshot().issues).toEqual([]);
    issues.ingest(vehicleError('car-1', [unreachable('ERROR')], { deliveredAt: 4000 }));
    expect(issues.getSnapshot().issues).toHaveLength(1);
  });

  it('reads deliveredAt in ms, in seconds and as an ISO string', () => {
    const at = (deliveredAt: unknown) => {
      const issues = createVehicleIssues({ now: () => 42 });
      const event = vehicleError('car-1', [authFailed]);
      issues.ingest({ ...event, meta: { ...event.meta, deliveredAt } });
      return issues.getSnapshot().issues[0]!.firstSeenAt;
    };
    expect(at(1_761_896_351_529)).toBe(1_761_896_351_529);
    expect(at(1_700_000_000)).toBe(1_700_000_000_000);
    expect(at('2025-07-31T19:38:42.332Z')).toBe(Date.parse('2025-07-31T19:38:42.332Z'));
    expect(at('not a date')).toBe(42);
  });

  it('reads JSON text as sent, and failures without a lifecycle (a REST body)', () => {
    const issues = createVehicleIssues();
    issues.ingest(JSON.stringify(vehicleError('car-1', [authFailed])));
    issues.ingest({ type: 'RATE_LIMIT', code: 'VEHICLE', description: 'Too many requests' });
    expect(issues.getSnapshot().issues.map((issue) => issue.error.type)).toEqual([
      'CONNECTED_SERVICES_ACCOUNT',
      'RATE_LIMIT',
    ]);
  });
});

describe('createVehicleIssues: groups', () => {
  it('groups cars by what resolves them, what the person must do first', () => {
    const issues = createVehicleIssues();
    issues.ingest(vehicleError('car-asleep', [asleep]));
    for (const car of ['car-1', 'car-2', 'car-3']) issues.ingest(vehicleError(car, [authFailed]));
    issues.ingest(vehicleError('car-4', [notCapable.data.errors[0]!]));
    const { groups } = issues.getSnapshot();
    expect(groups.map((group) => [group.action, group.vehicles.length])).toEqual([
      ['reconnect', 3],
      ['retry', 1],
      [null, 1],
    ]);
    expect(groups[0]!.vehicles.map((vehicle) => vehicle.id)).toEqual(['car-1', 'car-2', 'car-3']);
  });

  it('names a vehicle once in a group however many of its issues the group holds', () => {
    const issues = createVehicleIssues();
    const suspended = { type: 'BILLING', code: 'ACCOUNT_SUSPENDED', state: 'ERROR' };
    issues.ingest(vehicleError('car-1', [authFailed, { ...authFailed, code: 'PERMISSION' }]));
    issues.ingest(vehicleError('car-1', [suspended]));
    const [reconnect] = issues.getSnapshot().groups;
    expect(reconnect!.issues).toHaveLength(2);
    expect(reconnect!.vehicles).toHaveLength(1);
  });
});

describe('createVehicleIssues: a store React reads', () => {
  it('keeps its snapshot until something changes, and serves the same one to a server render', () => {
    const issues = createVehicleIssues();
    const empty = issues.getSnapshot();
    expect(issues.getSnapshot()).toBe(empty);
    issues.ingest(permissionLost);
    const filled = issues.getSnapshot();
    expect(filled).not.toBe(empty);
    expect(issues.getServerSnapshot()).toBe(filled);
    expect(Object.isFrozen(filled) && Object.isFrozen(filled.issues)).toBe(true);
  });

  it('notifies once per microtask however many events arrive', async () => {
    const issues = createVehicleIssues();
    let calls = 0;
    const unsubscribe = issues.subscribe(() => (calls += 1));
    for (let car = 0; car < 50; car += 1) issues.ingest(vehicleError(`car-${car}`, [authFailed]));
    await Promise.resolve();
    expect(calls).toBe(1);
    unsubscribe();
    issues.clear();
    await Promise.resolve();
    expect(calls).toBe(1);
    expect(issues.getSnapshot().issues).toEqual([]);
  });
});

describe('createVehicleIssues: bounds and bad input', () => {
  it('keeps at most maxIssues open issues, forgetting the oldest', () => {
    const issues = createVehicleIssues({ maxIssues: 100 });
    for (let car = 0; car < 1000; car += 1) issues.ingest(vehicleError(`car-${car}`, [authFailed]));
    const open = issues.getSnapshot().issues;
    expect(open).toHaveLength(100);
    expect(open[0]!.vehicleKey).toBe('car-900');
  });

  it('remembers at most maxIssues event ids: an id forgotten counts again', () => {
    const issues = createVehicleIssues({ maxIssues: 2 });
    const first = vehicleError('car-1', [authFailed], { eventId: 'e1' });
    issues.ingest(first);
    issues.ingest(vehicleError('car-2', [authFailed], { eventId: 'e2' }));
    issues.ingest(first);
    expect(issues.getSnapshot().issues.find((i) => i.vehicleKey === 'car-1')!.count).toBe(1);
    issues.ingest(vehicleError('car-3', [asleep], { eventId: 'e3' }));
    issues.ingest(vehicleError('car-4', [asleep], { eventId: 'e4' }));
    issues.ingest(first); // e1 was forgotten: a new raise (car-1 was dropped too)
    expect(issues.getSnapshot().issues.some((i) => i.vehicleKey === 'car-1')).toBe(true);
  });

  it('never throws on anything, hostile objects and damaged text included', () => {
    const issues = createVehicleIssues();
    fc.assert(
      fc.property(fc.oneof(anything, hostile, text), (input) => {
        const change = issues.ingest(materialise(input));
        expect(Array.isArray(change.raised)).toBe(true);
      }),
      { numRuns: 300 },
    );
    for (const bad of [null, undefined, 42, Symbol('x'), () => {}]) {
      expect(() => issues.ingest(bad)).not.toThrow();
      expect(() => issues.resolve(bad as never)).not.toThrow();
    }
    expect(() => createVehicleIssues(null as never)).not.toThrow();
  });
});
