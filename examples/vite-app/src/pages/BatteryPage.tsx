import { useCallback, useEffect, useState } from 'react';
import { ErrorBanner, type SmartcarError } from 'smartcar-error-kit';
import { callApi, type Battery } from '../api';

type BatteryState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly battery: Battery }
  | { readonly status: 'failed'; readonly error: SmartcarError };

function BatteryLevel({ battery }: { readonly battery: Battery }) {
  const percent = Math.round(battery.percentRemaining * 100);
  return <p>{`Charge: ${percent}% · range ${battery.range} km`}</p>;
}

// #region banner
/** The car's battery; a failure to read it is an inline banner whose "Try again" reloads. */
export function BatteryPage() {
  const [state, setState] = useState<BatteryState>({ status: 'loading' });

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    const result = await callApi<Battery>('/battery');
    setState(
      result.ok
        ? { status: 'ready', battery: result.data }
        : { status: 'failed', error: result.error },
    );
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main>
      <h1>Battery</h1>
      {state.status === 'loading' && <p>Reading the battery…</p>}
      {state.status === 'ready' && <BatteryLevel battery={state.battery} />}
      {state.status === 'failed' && (
        // "Try again" reloads this page's data; "Contact support" folds in the support card
        // with the request id (the provider's `support` contacts).
        <ErrorBanner error={state.error} onRetry={() => void load()} />
      )}
    </main>
  );
}
// #endregion banner
