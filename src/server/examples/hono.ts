import { toSmartcarErrorResponse } from 'smartcar-error-kit/server';

/** The one Hono method the example uses (`app.onError`), so the example builds without Hono. */
export interface HonoLikeApp {
  onError(handler: (error: Error) => Response): unknown;
}

/** Hono: every error a route throws (a Node SDK error included) becomes a Smartcar response. */
export function forwardSmartcarErrors(app: HonoLikeApp): void {
  // #region hono
  app.onError((error) => toSmartcarErrorResponse(error));
  // #endregion
}
