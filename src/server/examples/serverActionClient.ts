import { parseSmartcarError, type SmartcarError } from 'smartcar-error-kit/core';
import { lockVehicle } from './serverAction';

/** The client side of the Server Action example: its result back into a `SmartcarError`. */
export async function lockFromClient(vehicleId: string): Promise<SmartcarError | null> {
  // #region server-action-client
  const result = await lockVehicle(vehicleId);
  if (!result.ok) return parseSmartcarError(result.error); // hand it to <ErrorBanner error={…} />
  // #endregion
  return null;
}
