// Shown on the "Docs/Fleets and webhooks" page and in the README (the region below), and run by
// FleetPage.stories.tsx, so the code there is this file, type-checked, linted and tested.
import { useEffect, useState } from 'react';
import { FleetIssueSummary, SmartcarErrorProvider, createVehicleIssues } from 'smartcar-error-kit';
import type { ErrorDisplay, SmartcarVehicleInfo } from 'smartcar-error-kit';

// #region fleet-page
export function FleetPage({ eventsUrl }: { eventsUrl: string }) {
  // One store per page: what is wrong right now, per car, until Smartcar says it is resolved.
  const [issues] = useState(() => createVehicleIssues());
  useEffect(() => {
    // Your server receives Smartcar's webhooks, checks their signature and relays each event.
    const events = new EventSource(eventsUrl);
    events.onmessage = (message: MessageEvent<string>) => issues.ingest(message.data);
    return () => events.close();
  }, [eventsUrl, issues]);

  return (
    <SmartcarErrorProvider appName="VoltPark Fleet" onReconnect={reconnect}>
      <FleetIssueSummary issues={issues} />
    </SmartcarErrorProvider>
  );
}

// "Reconnect" on "3 cars need reconnecting" gets those three cars.
function reconnect(_display: ErrorDisplay, vehicles: readonly SmartcarVehicleInfo[]) {
  const ids = vehicles.flatMap((vehicle) => (vehicle.id === null ? [] : [vehicle.id]));
  window.location.assign(`/connect?vehicles=${encodeURIComponent(ids.join(','))}`);
}
// #endregion
