'use server';
import { parseSmartcarResponse, type SmartcarError } from 'smartcar-error-kit/core';
import { mockSmartcarFetch } from '../../smartcar/mockSmartcarFetch';

export type StartChargingResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: ReturnType<SmartcarError['toJSON']> };

/** A Server Action: asks Smartcar to start charging and returns plain data, never an instance. */
export async function startCharging(): Promise<StartChargingResult> {
  const response = await mockSmartcarFetch('authentication');
  if (response.ok) return { ok: true };
  return { ok: false, error: (await parseSmartcarResponse(response)).toJSON() };
}
