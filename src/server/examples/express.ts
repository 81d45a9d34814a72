import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendSmartcarError } from './sendSmartcarError';

/** Express's error middleware signature, so the example builds without Express. */
export type ErrorMiddleware = (
  error: unknown,
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** The one Express method the example uses. */
export interface ExpressLikeApp {
  use(handler: ErrorMiddleware): unknown;
}

/** Express: the last middleware turns any error a route passes on into a Smartcar response. */
export function forwardSmartcarErrors(app: ExpressLikeApp): void {
  // #region express
  app.use((error, _req, res, _next) => {
    void sendSmartcarError(res, error);
  });
  // #endregion
}
