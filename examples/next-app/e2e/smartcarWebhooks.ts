import { randomUUID } from 'node:crypto';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { signSmartcarEvent } from 'smartcar-error-kit/testing';
import { TEST_MANAGEMENT_TOKEN } from './testManagementToken';

export const WEBHOOK_PATH = '/api/smartcar/webhooks';

/** A connected car as a webhook names it (`data.vehicle`). */
export interface TestVehicle {
  readonly id: string;
  readonly make: string;
  readonly model: string;
  readonly year: number;
}

/** One item of a v4 `VEHICLE_ERROR` event's `data.errors`, as Smartcar documents it. */
export interface TestVehicleError {
  readonly type: string;
  readonly code: string | null;
  readonly state: 'ERROR' | 'RESOLVED';
  readonly description: string;
  readonly resolution?: { readonly type: string | null };
  readonly signals?: readonly { code: string; name: string; group: string }[];
}

let deliveredAt = Date.now();

/**
 * A v4 `VEHICLE_ERROR` event for one car, shaped like the documented ones
 * (WEBHOOK__VEHICLE_ERROR__*): `eventId`, top-level `vehicleId`, `data.vehicle`, `data.errors`
 * and `meta` with a later `deliveredAt` each time (Smartcar's clock, in ms).
 */
export function vehicleErrorEvent(vehicle: TestVehicle, errors: readonly TestVehicleError[]) {
  deliveredAt += 1_000;
  return {
    eventId: randomUUID(),
    eventType: 'VEHICLE_ERROR',
    vehicleId: vehicle.id,
    data: {
      user: { id: '93b3ea96-ca37-43a9-9073-f4334719a0c1' },
      vehicle,
      errors,
    },
    meta: {
      version: '4.0',
      deliveryId: randomUUID(),
      deliveredAt,
      webhookId: '5a8e5e38-1e12-4011-a36d-56f120053f9e',
      webhookName: 'VoltPark fleet',
      mode: 'LIVE',
    },
  };
}

// #region post-signed
/** POSTs an event to the app's webhook route as Smartcar would: raw body + SC-Signature. */
export async function postSignedEvent(
  request: APIRequestContext,
  event: object,
  token: string = TEST_MANAGEMENT_TOKEN,
): Promise<APIResponse> {
  const { body, headers } = await signSmartcarEvent(event, token);
  return request.post(WEBHOOK_PATH, { data: body, headers });
}
// #endregion
