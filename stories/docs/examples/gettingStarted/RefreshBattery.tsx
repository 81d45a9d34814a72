import { parseSmartcarResponse, useErrorToasts } from 'smartcar-error-kit';

export function RefreshBattery({ vehicleId }: { vehicleId: string }) {
  const toasts = useErrorToasts();

  async function refresh() {
    const response = await fetch(`/api/vehicles/${vehicleId}/battery`);
    if (!response.ok) toasts.show(await parseSmartcarResponse(response));
  }

  return (
    <button type="button" onClick={() => void refresh()}>
      Check battery
    </button>
  );
}
