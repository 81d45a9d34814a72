import { parseSmartcarError, toErrorDisplay } from 'smartcar-error-kit/core';
import de from 'smartcar-error-kit/locales/de';
import fr from 'smartcar-error-kit/locales/fr';
import { fixtureByName } from '../../../test/fixtures/smartcar';

const SERVER_ERRORS = [
  'SERVER__INTERNAL__1',
  'SERVER__RECORD_NOT_FOUND__1',
  'SERVER__MULTIPLE_RECORDS_FOUND__1',
];

describe('the seed’s three SERVER errors', () => {
  it.each(SERVER_ERRORS)(
    '%s renders exactly the API’s suggestedUserMessage with the app name filled in',
    (name) => {
      const fixture = fixtureByName(name);
      const { suggestedUserMessage } = fixture.json as { suggestedUserMessage: string };
      const expected = suggestedUserMessage.replace('<app name>', 'Voltly');

      const display = toErrorDisplay(parseSmartcarError(fixture.text), { appName: 'Voltly' });

      expect(expected).not.toContain('<');
      expect(display.messageText).toBe(expected);
      expect(display.message).toEqual([{ kind: 'text', text: expected }]);
      expect(display.requestId).toBe((fixture.json as { requestId: string }).requestId);
    },
  );

  it('MULTIPLE_RECORDS_FOUND exposes the candidate capacities in detail, formatted per locale', () => {
    const error = parseSmartcarError(fixtureByName('SERVER__MULTIPLE_RECORDS_FOUND__1').json);
    expect(toErrorDisplay(error, { appName: 'Voltly' }).detail).toEqual({
      label: 'Battery capacities',
      items: ['83.9\u00a0kWh', '83.9\u00a0kWh', '70.2\u00a0kWh'],
    });
    expect(
      toErrorDisplay(error, { appName: 'Voltly', locale: 'fr-FR', locales: [fr] }).detail,
    ).toEqual({
      label: fr.ui.detailCapacities,
      items: ['83,9\u00a0kWh', '83,9\u00a0kWh', '70,2\u00a0kWh'],
    });
    expect(
      toErrorDisplay(error, { appName: 'Voltly', locale: 'de', locales: [de] }).detail?.items[2],
    ).toBe('70,2\u00a0kWh');
  });

  it('INTERNAL retries, the record errors send the person to support', () => {
    const actionOf = (name: string) =>
      toErrorDisplay(parseSmartcarError(fixtureByName(name).json), { appName: 'Voltly' }).actions[0]
        ?.kind;
    expect(actionOf('SERVER__INTERNAL__1')).toBe('retry');
    expect(actionOf('SERVER__RECORD_NOT_FOUND__1')).toBe('contact-support');
    expect(actionOf('SERVER__MULTIPLE_RECORDS_FOUND__1')).toBe('contact-support');
  });
});
