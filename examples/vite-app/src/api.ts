/**
 * VoltPark's backend client. The backend proxies the Smartcar API and passes its failures on
 * unchanged (status, JSON body, `SC-Request-Id`, `Retry-After`), so the kit can parse them.
 */
import { parseSmartcarError, parseSmartcarResponse, type SmartcarError } from 'smartcar-error-kit';

/** The one vehicle of this demo. */
export const VEHICLE_ID = '123';

export type ApiResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly error: SmartcarError };

// #region fetch-parse
/** Calls the backend; a failure of any kind comes back as a parsed `SmartcarError`. */
export async function callApi<T>(path: string, init?: RequestInit): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/api/vehicles/${VEHICLE_ID}${path}`, init);
  } catch (networkError) {
    // Offline, DNS, CORS…: the kit words a thrown TypeError as a network problem.
    return { ok: false, error: parseSmartcarError(networkError) };
  }
  if (!response.ok) {
    // Reads the body once, with the status, SC-Request-Id and Retry-After headers.
    return { ok: false, error: await parseSmartcarResponse(response) };
  }
  return { ok: true, data: (await response.json()) as T };
}
// #endregion fetch-parse

export interface Battery {
  readonly percentRemaining: number;
  readonly range: number;
}

export interface ChargeStatus {
  readonly state: 'CHARGING' | 'NOT_CHARGING';
}
