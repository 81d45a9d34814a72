import { useState } from 'react';
import { SupportContactCard, useErrorToasts, type SmartcarError } from 'smartcar-error-kit';
import { callApi, type ChargeStatus } from '../api';
import { retryLater } from '../retry';

// #region toast
/** Starts a charge; a failure becomes a toast, and its "Try again" starts the charge again. */
export function ChargingPage() {
  const toasts = useErrorToasts();
  const [charging, setCharging] = useState(false);
  const [lastError, setLastError] = useState<SmartcarError | null>(null);

  async function startCharging() {
    const result = await callApi<ChargeStatus>('/charge', { method: 'POST' });
    if (result.ok) {
      setCharging(result.data.state === 'CHARGING');
      setLastError(null);
      return;
    }
    retryLater(() => void startCharging());
    // While the browser is offline this shows no toast (one "You're offline" notice says it
    // all), and `retry` runs once when the connection is back.
    toasts.show(result.error, { retry: () => void startCharging() });
    setLastError(result.error);
  }

  return (
    <main>
      <h1>Charging</h1>
      <p>{charging ? 'Charging.' : 'Not charging.'}</p>
      <button type="button" onClick={() => void startCharging()}>
        Start charging
      </button>
      {lastError !== null && (
        // The support team asks for the request id: the card shows it and copies it.
        <SupportContactCard error={lastError} headingLevel={2} />
      )}
    </main>
  );
}
// #endregion toast
