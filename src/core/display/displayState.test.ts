/**
 * Issue 18: a display carries its error's lifecycle state, and an ERROR and the RESOLVED that ends
 * it share a key (type, code and vehicle), so whatever shows the one can end it with the other.
 */
import { parseSmartcarError, resolveErrorDisplay, toErrorDisplay } from 'smartcar-error-kit/core';
import { makeComponentDisplay } from '../../../test/fixtures/componentDisplays';
import { fixtureByName } from '../../../test/fixtures/smartcar';

type Event = { vehicleId?: string; data: { vehicle: Record<string, unknown>; errors: object[] } };

/**
 * The documented RESOLVED event, with its item's state and the vehicle changed as given (the
 * top-level `vehicleId` left out, so `data.vehicle.id` alone names the car).
 */
function unreachable(state: string, vehicle: Record<string, unknown> = {}) {
  const { vehicleId: _vehicleId, ...event } = JSON.parse(
    fixtureByName('WEBHOOK__VEHICLE_ERROR__2').text,
  ) as Event;
  const errors = event.data.errors.map((item) => ({ ...item, state }));
  return parseSmartcarError({
    ...event,
    data: { ...event.data, errors, vehicle: { ...event.data.vehicle, ...vehicle } },
  });
}

const options = { appName: 'Voltly' };

describe('ErrorDisplay.state', () => {
  it("is the error's state: RESOLVED for the documented resolved event, else ERROR", () => {
    expect(toErrorDisplay(unreachable('RESOLVED'), options).state).toBe('RESOLVED');
    expect(toErrorDisplay(unreachable('ERROR'), options).state).toBe('ERROR');
    const v2 = parseSmartcarError(fixtureByName('VEHICLE_STATE__ASLEEP__1').text);
    expect(toErrorDisplay(v2, options).state).toBe('ERROR');
  });

  it('is read from a copy, and is ERROR on a hand-built display that has none or junk', () => {
    const resolved = structuredClone(toErrorDisplay(unreachable('RESOLVED'), options));
    expect(resolveErrorDisplay(resolved).state).toBe('RESOLVED');
    const { state: _state, ...withoutState } = makeComponentDisplay();
    expect(resolveErrorDisplay(withoutState).state).toBe('ERROR');
    expect(resolveErrorDisplay({ ...withoutState, state: 'resolved!' }).state).toBe('ERROR');
  });
});

describe('ErrorDisplay.key for an ERROR and its RESOLVED', () => {
  it('is the same for the same type, code and vehicle, whatever the state', () => {
    const error = toErrorDisplay(unreachable('ERROR'), options);
    const resolved = toErrorDisplay(unreachable('RESOLVED'), options);
    expect(resolved.key).toBe(error.key);
    expect(error.key).toBe('VEHICLE_STATE.UNREACHABLE@123e4567-e89b-12d3-a456-426614174000');
  });

  it("differs per vehicle, by id first, then VIN, then the app's name for it", () => {
    const other = toErrorDisplay(unreachable('RESOLVED', { id: 'another-car' }), options);
    expect(other.key).toBe('VEHICLE_STATE.UNREACHABLE@another-car');
    const byVin = toErrorDisplay(unreachable('ERROR', { id: null, vin: 'VIN1' }), {
      ...options,
      vehicleName: 'Model 3',
    });
    expect(byVin.key).toBe('VEHICLE_STATE.UNREACHABLE@VIN1');
    const byName = toErrorDisplay(unreachable('ERROR', { id: null }), {
      ...options,
      vehicleName: 'Model 3',
    });
    expect(byName.key).toBe('VEHICLE_STATE.UNREACHABLE@Model 3');
  });
});
