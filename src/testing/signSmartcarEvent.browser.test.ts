import { signSmartcarEvent } from './signSmartcarEvent';

describe('signSmartcarEvent in a browser (Chromium, Web Crypto)', () => {
  it('gives the test vectors every Smartcar SDK uses', async () => {
    expect(window.isSecureContext).toBe(true);
    const challenge = await signSmartcarEvent('challenge', 'amt');
    expect(challenge.headers['SC-Signature']).toBe(
      '9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e',
    );
    const pizza = await signSmartcarEvent({ pizza: 'pasta' }, 'amt');
    expect(pizza.body).toBe('{"pizza":"pasta"}');
    expect(pizza.headers['SC-Signature']).toBe(
      '4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70',
    );
  });
});
