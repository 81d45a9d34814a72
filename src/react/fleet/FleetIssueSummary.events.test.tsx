import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  FleetIssueSummary,
  SmartcarErrorProvider,
  type SmartcarErrorEvent,
} from 'smartcar-error-kit';
import { fleetIssues, fleetVehicles, raise, resolve } from '../../../test/fixtures/fleetEvents';

describe('FleetIssueSummary — events (F-8.1, issue 20)', () => {
  it('emits shown for each issue, repeated when one counts up, resolved when one ends', async () => {
    const cars = fleetVehicles(3);
    const store = fleetIssues([{ kind: 'reconnect', vehicles: cars }]);
    const events: SmartcarErrorEvent[] = [];
    render(
      <SmartcarErrorProvider onEvent={(event) => events.push(event)} onReconnect={() => {}}>
        <FleetIssueSummary issues={store} />
      </SmartcarErrorProvider>,
    );
    expect(events.map((event) => [event.name, event.surface, event.action])).toEqual([
      ['shown', 'fleet-summary', 'reconnect'],
      ['shown', 'fleet-summary', 'reconnect'],
      ['shown', 'fleet-summary', 'reconnect'],
    ]);
    events.length = 0;
    await act(async () => raise(store, [{ kind: 'reconnect', vehicles: cars.slice(0, 1) }]));
    await act(async () => resolve(store, [{ kind: 'reconnect', vehicles: cars.slice(1, 2) }]));
    expect(events.map((event) => [event.name, event.count])).toEqual([
      ['repeated', 2],
      ['resolved', 1],
    ]);
    events.length = 0;
    await userEvent.click(screen.getByRole('button', { name: /reconnect/i }));
    expect(events.map((event) => [event.name, event.surface, event.action])).toEqual([
      ['action', 'fleet-summary', 'reconnect'],
    ]);
    // Identifiers only: no vehicle id, VIN or text reaches an event.
    const text = JSON.stringify(events);
    for (const car of cars) expect(text).not.toContain(car.id!);
  });
});
