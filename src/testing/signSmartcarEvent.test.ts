// @vitest-environment node
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { signSmartcarEvent } from './signSmartcarEvent';

/** The parts of Smartcar's Node SDK (npm `smartcar` 10.4.0, a dev dependency) used here. */
interface SmartcarSdk {
  hashChallenge(amt: string, challenge: string): string;
  verifyPayload(amt: string, signature: string, body: object): boolean;
}
const smartcar = createRequire(import.meta.url)('smartcar') as SmartcarSdk;

const AMT = 'b6a1e6c1-2f0c-4a51-9d84-5f2b7c0e4a11';

/** A documented v4 webhook, pretty-printed as the docs show it (whitespace and newlines). */
const DOCUMENTED_EVENT_TEXT = readFileSync(
  new URL('./smartcar/payloads/WEBHOOK__VEHICLE_ERROR__1.json', import.meta.url),
  'utf8',
);

describe('signSmartcarEvent (Node, Web Crypto)', () => {
  it('gives the test vectors every Smartcar SDK uses', async () => {
    // hashChallenge('amt', 'challenge') in the Node, Python, Java and Ruby SDK tests.
    const challenge = await signSmartcarEvent('challenge', 'amt');
    expect(challenge.headers['SC-Signature']).toBe(
      '9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e',
    );
    // verifyPayload('amt', '4c05a8…', { pizza: 'pasta' }) is true in the SDK tests.
    const pizza = await signSmartcarEvent({ pizza: 'pasta' }, 'amt');
    expect(pizza).toEqual({
      body: '{"pizza":"pasta"}',
      headers: {
        'Content-Type': 'application/json',
        'SC-Signature': '4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70',
      },
    });
  });

  it('signs a text body byte for byte, whitespace and non-ASCII included', async () => {
    const text = `${DOCUMENTED_EVENT_TEXT.trimEnd()}\n// Škoda Enyaq, 東京\n`;
    const signed = await signSmartcarEvent(text, AMT);
    expect(signed.body).toBe(text);
    expect(signed.headers['SC-Signature']).toBe(
      createHmac('sha256', AMT).update(text, 'utf8').digest('hex'),
    );
    expect(signed.headers['SC-Signature']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('agrees with the real smartcar SDK: hashChallenge, and verifyPayload for compact JSON', async () => {
    const event: unknown = JSON.parse(DOCUMENTED_EVENT_TEXT);
    const signed = await signSmartcarEvent(event as object, AMT);
    expect(signed.body).toBe(JSON.stringify(event));
    expect(signed.headers['SC-Signature']).toBe(smartcar.hashChallenge(AMT, signed.body));
    expect(smartcar.verifyPayload(AMT, signed.headers['SC-Signature'], event as object)).toBe(true);
  });

  it("is why a receiver must check the raw body: the SDK's verifyPayload re-serialises", async () => {
    // The documented event as sent pretty-printed: signed over its raw text, the SDK's
    // verifyPayload (which hashes JSON.stringify of the parsed object) refuses a genuine delivery.
    const signed = await signSmartcarEvent(DOCUMENTED_EVENT_TEXT, AMT);
    const parsed = JSON.parse(signed.body) as object;
    expect(smartcar.verifyPayload(AMT, signed.headers['SC-Signature'], parsed)).toBe(false);
    expect(smartcar.hashChallenge(AMT, signed.body)).toBe(signed.headers['SC-Signature']);
  });

  it('changes the signature when one byte of the body or the token changes', async () => {
    const signed = await signSmartcarEvent('{"eventId":"a"}', AMT);
    const otherBody = await signSmartcarEvent('{"eventId":"b"}', AMT);
    const otherToken = await signSmartcarEvent('{"eventId":"a"}', `${AMT}x`);
    expect(otherBody.headers['SC-Signature']).not.toBe(signed.headers['SC-Signature']);
    expect(otherToken.headers['SC-Signature']).not.toBe(signed.headers['SC-Signature']);
  });

  it('rejects an empty token and an event JSON cannot write, with a TypeError', async () => {
    await expect(signSmartcarEvent('{}', '')).rejects.toThrow(TypeError);
    await expect(signSmartcarEvent(undefined as unknown as object, AMT)).rejects.toThrow(
      /not something JSON can write/,
    );
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    await expect(signSmartcarEvent(circular, AMT)).rejects.toThrow(TypeError);
  });
});
