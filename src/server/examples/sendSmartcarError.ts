// #region node-adapter
import type { ServerResponse } from 'node:http';
import { toSmartcarErrorResponse } from 'smartcar-error-kit/server';

/**
 * Sends a Smartcar failure on a Node response: `node:http`, Express (`res`), Fastify (`reply.raw`).
 */
export async function sendSmartcarError(res: ServerResponse, error: unknown): Promise<void> {
  const response = toSmartcarErrorResponse(error);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(await response.text());
}
// #endregion
