import { parseSmartcarError, toErrorDisplay } from 'smartcar-error-kit/core';
import { OPT_IN_LOCALE_PACKS } from '../../../test/fixtures/localePacks';
import { fixtureByName } from '../../../test/fixtures/smartcar';
import { makeName } from './makeName';

/**
 * The documented VEHICLE_STATE UNREACHABLE item about a 2020 TESLA Model 3, as an active failure.
 */
function unreachableTesla() {
  const event = JSON.parse(fixtureByName('WEBHOOK__VEHICLE_ERROR__2').text) as {
    data: { errors: Record<string, unknown>[] };
  };
  const item = { ...event.data.errors[0], state: 'ERROR' };
  return parseSmartcarError({ ...event, data: { ...event.data, errors: [item] } });
}

describe('issue 18, problem 5: make names shout', () => {
  it.each([
    ['en', '2020 Tesla Model 3'],
    ['fr', 'Tesla Model 3 (2020)'],
    ['ar', 'Tesla Model 3'],
  ])('writes TESLA as Tesla in the %s wording', (locale, named) => {
    const error = unreachableTesla();
    expect(error.vehicle?.make).toBe('TESLA'); // the API's spelling is kept on the error
    const { messageText } = toErrorDisplay(error, {
      appName: 'Voltly',
      locale,
      locales: OPT_IN_LOCALE_PACKS,
    });
    expect(messageText).toContain(named);
    expect(messageText).not.toContain('TESLA');
  });
});

describe('makeName', () => {
  it.each([
    ['TESLA', 'Tesla'],
    ['LAND ROVER', 'Land Rover'],
    ['LAND_ROVER', 'Land Rover'],
    ['ALFA_ROMEO', 'Alfa Romeo'],
    ['VOLKSWAGEN', 'Volkswagen'],
    ['HYUNDAI', 'Hyundai'],
    ['KIA', 'Kia'],
    ['MERCEDES-BENZ', 'Mercedes-Benz'],
    ['MERCEDES_BENZ', 'Mercedes-Benz'],
    ['MERCEDES', 'Mercedes-Benz'],
    ['BMW', 'BMW'],
    ['MINI', 'MINI'],
    ['GMC', 'GMC'],
    ['RAM', 'RAM'],
    ['CITROËN', 'Citroën'],
    ['CITROEN', 'Citroën'],
    ['ROLLS-ROYCE', 'Rolls-Royce'],
    [' TESLA ', 'Tesla'],
  ])('writes %s as %s', (sent, written) => {
    expect(makeName(sent)).toBe(written);
  });

  it('keeps a make already written in mixed case as sent', () => {
    for (const make of ['Tesla', 'smart', 'McLaren', 'Citroën', 'Mini']) {
      expect(makeName(make)).toBe(make);
    }
  });
});
