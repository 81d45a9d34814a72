// An app's webhook handler, as the README shows it: every failure of a delivery, each with its
// car and its lifecycle, from one call.
import { smartcarPayloadFixtures } from 'smartcar-error-kit/testing';
// #region every-failure
import { parseSmartcarErrors, type SmartcarError } from 'smartcar-error-kit/core';

/** What the app keeps: what is wrong with each car right now. */
const wrong = new Map<string, SmartcarError>();

/** `body`: the raw text of a webhook delivery, once its `SC-Signature` is checked. */
function onDelivery(body: string): void {
  for (const error of parseSmartcarErrors(body)) {
    const key = `${error.vehicle?.id ?? '?'} ${error.type}.${error.code ?? ''}`;
    if (error.state === 'RESOLVED') wrong.delete(key);
    else wrong.set(key, error); // error.signals: the signals it is about
  }
}
// #endregion

beforeEach(() => wrong.clear());

it('keeps every failure of a delivery, and forgets the one Smartcar resolves', () => {
  const several = smartcarPayloadFixtures.byName('WEBHOOK4__VEHICLE_ERROR__SEVERAL__1');
  onDelivery(several.text);
  expect([...wrong.keys()]).toEqual([
    '123e4567-e89b-12d3-a456-426614174000 COMPATIBILITY.VEHICLE_NOT_CAPABLE',
    '123e4567-e89b-12d3-a456-426614174000 CONNECTED_SERVICES_ACCOUNT.AUTHENTICATION_FAILED',
  ]);
  // The same car's UNREACHABLE, raised and then resolved.
  const resolved = smartcarPayloadFixtures.byName('WEBHOOK__VEHICLE_ERROR__2').text;
  onDelivery(resolved.replace('"RESOLVED"', '"ERROR"'));
  expect(wrong.size).toBe(3);
  onDelivery(resolved);
  expect(wrong.size).toBe(2);
  // A healthy VEHICLE_STATE event and a VERIFY hold no failure.
  onDelivery(smartcarPayloadFixtures.byName('WEBHOOK4__VEHICLE_STATE__OK__1').text);
  onDelivery(smartcarPayloadFixtures.byName('WEBHOOK4__VERIFY__1').text);
  expect(wrong.size).toBe(2);
});
