// #region remix
// app/routes/vehicles.$id.charge.ts (Remix / React Router action)
import smartcar from 'smartcar';
import { toSmartcarErrorResponse } from 'smartcar-error-kit/server';
import { accessTokenFor } from './session';

export async function action({
  request,
  params,
}: {
  request: Request;
  params: { id?: string };
}): Promise<Response> {
  try {
    const vehicle = new smartcar.Vehicle(params.id ?? '', accessTokenFor(request));
    return Response.json(await vehicle.startCharge());
  } catch (error) {
    return toSmartcarErrorResponse(error);
  }
}
// #endregion
