/** A webhook delivery as Smartcar sends it: the exact body and the headers that go with it. */
export interface SignedSmartcarEvent {
  /** The raw body, the exact bytes the signature covers: send it as it is. */
  readonly body: string;
  readonly headers: {
    readonly 'Content-Type': 'application/json';
    /** Lowercase hex HMAC-SHA256 of `body`, keyed by the Application Management Token. */
    readonly 'SC-Signature': string;
  };
}

/** Lowercase hex of bytes, two digits each (what Node's `digest('hex')` gives). */
function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Signs a webhook event the way Smartcar does, for an app's own tests of its webhook endpoint:
 * `SC-Signature` is the HMAC-SHA256 hex of the raw body keyed by the Application Management
 * Token (Smartcar's "payload verification" docs).
 *
 * ```ts
 * const { body, headers } = await signSmartcarEvent(event, process.env.SMARTCAR_AMT);
 * await fetch('/api/smartcar/webhooks', { method: 'POST', body, headers });
 * ```
 *
 * `event` is the body as text (signed byte for byte, as sent) or an object, stringified once with
 * `JSON.stringify`. Uses Web Crypto (`crypto.subtle`), so it runs in Node 20+ and in browsers
 * (secure contexts only: https, `localhost`, `127.0.0.1`); hence async. Rejects with a TypeError
 * when the token is empty or the event cannot be written as JSON.
 */
export async function signSmartcarEvent(
  event: string | object,
  applicationManagementToken: string,
): Promise<SignedSmartcarEvent> {
  if (typeof applicationManagementToken !== 'string' || applicationManagementToken === '') {
    throw new TypeError('signSmartcarEvent: the Application Management Token must not be empty');
  }
  const body = typeof event === 'string' ? event : (JSON.stringify(event) as string | undefined);
  if (body === undefined) {
    throw new TypeError('signSmartcarEvent: the event is not something JSON can write');
  }
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(applicationManagementToken),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(body));
  return {
    body,
    headers: { 'Content-Type': 'application/json', 'SC-Signature': toHex(signature) },
  };
}
