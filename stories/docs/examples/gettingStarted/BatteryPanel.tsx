import { useState } from 'react';
import { ErrorBanner, parseSmartcarResponse, type SmartcarError } from 'smartcar-error-kit';

export function BatteryPanel({ vehicleId }: { vehicleId: string }) {
  const [error, setError] = useState<SmartcarError | null>(null);

  async function checkBattery() {
    setError(null);
    const response = await fetch(`/api/vehicles/${vehicleId}/battery`);
    // Status, body, SC-Request-Id and Retry-After, read once.
    if (!response.ok) setError(await parseSmartcarResponse(response));
  }

  return (
    <section aria-label="Battery">
      <button type="button" onClick={() => void checkBattery()}>
        Check battery
      </button>
      {error !== null && (
        <ErrorBanner error={error} vehicleName="Model 3" onDismiss={() => setError(null)} />
      )}
    </section>
  );
}
