// #region route-handler
// app/api/vehicles/[id]/charge/route.ts (Next.js App Router)
import smartcar from 'smartcar';
import { toSmartcarErrorResponse } from 'smartcar-error-kit/server';
import { accessTokenFor } from './session';

export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  try {
    const vehicle = new smartcar.Vehicle(id, accessTokenFor(request));
    return Response.json(await vehicle.startCharge());
  } catch (error) {
    // Body, status, SC-Request-Id and Retry-After as Smartcar sent them; no token, no stack.
    return toSmartcarErrorResponse(error);
  }
}
// #endregion
