'use server';
// #region server-action
// app/actions.ts (a Next.js Server Action)
import smartcar from 'smartcar';
import { toSmartcarErrorBody, type SmartcarErrorBody } from 'smartcar-error-kit/server';
import { currentAccessToken } from './session';

export type LockResult = { ok: true } | { ok: false; error: SmartcarErrorBody };

export async function lockVehicle(vehicleId: string): Promise<LockResult> {
  try {
    await new smartcar.Vehicle(vehicleId, currentAccessToken()).lock();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: toSmartcarErrorBody(error) };
  }
}
// #endregion
