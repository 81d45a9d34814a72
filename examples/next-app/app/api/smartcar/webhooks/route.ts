import { createHmac, timingSafeEqual } from 'node:crypto';
import smartcar from 'smartcar';
import { fleetIssues } from '../../../../smartcar/fleetIssues';
import { webhookToken } from '../../../../smartcar/webhookToken';

/** Smartcar sends at most 50 KB per event; anything much larger is not from Smartcar. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * True when `SC-Signature` is the HMAC-SHA256 (hex) of the raw body keyed by the Application
 * Management Token, compared in constant time. Not the SDK's `smartcar.verifyPayload(amt,
 * signature, body)`: it hashes `JSON.stringify` of an already parsed object, and Smartcar's docs
 * say to verify "against the raw request body, before parsing it as JSON" (whitespace, key order
 * or number formatting changed by a parse and re-serialise would reject genuine events).
 */
function isSignedBySmartcar(rawBody: Buffer, signature: string | null, token: string): boolean {
  if (signature === null) return false;
  const expected = Buffer.from(createHmac('sha256', token).update(rawBody).digest('hex'));
  const received = Buffer.from(signature);
  // timingSafeEqual needs equal lengths; a length mismatch says nothing about the secret.
  return received.length === expected.length && timingSafeEqual(received, expected);
}

/**
 * Smartcar's webhook deliveries (v4): `VERIFY` when the webhook is set up, then `VEHICLE_ERROR`
 * and `VEHICLE_STATE` events, each signed. A signed event goes into the fleet's issues; anything
 * unsigned is refused with 401 and changes nothing.
 */
export async function POST(request: Request): Promise<Response> {
  const token = webhookToken();
  if (token === null) return new Response('SMARTCAR_MANAGEMENT_TOKEN is not set', { status: 500 });
  // The raw bytes, read once: the signature covers exactly these.
  const rawBody = Buffer.from(await request.arrayBuffer());
  if (rawBody.byteLength > MAX_BODY_BYTES) return new Response(null, { status: 413 });
  if (!isSignedBySmartcar(rawBody, request.headers.get('SC-Signature'), token)) {
    return new Response(null, { status: 401 });
  }
  let event: unknown;
  try {
    event = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return new Response(null, { status: 400 });
  }
  const { eventType, data } = (event ?? {}) as {
    eventType?: unknown;
    data?: { challenge?: unknown };
  };
  if (eventType === 'VERIFY') {
    // Smartcar checks that we hold the token: the HMAC of `data.challenge`, as hex, within 15 s.
    if (typeof data?.challenge !== 'string') return new Response(null, { status: 400 });
    return Response.json({ challenge: smartcar.hashChallenge(token, data.challenge) });
  }
  // A duplicate delivery (same eventId) or an older event changes nothing; Smartcar only needs
  // a 2xx, the counts are for the app's own logs and tests.
  const change = fleetIssues.ingest(event);
  return Response.json({
    raised: change.raised.length,
    repeated: change.repeated.length,
    resolved: change.resolved.length,
  });
}
