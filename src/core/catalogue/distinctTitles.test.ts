/**
 * A title says what happened (issue 21): distinct failures get distinct titles, in every language.
 * "Charging problem" once titled three VEHICLE_STATE failures, "Couldn't lock" both an open door
 * and an open hood, and "Something went wrong" all three SERVER errors.
 */
import { toErrorDisplay, type CompleteLocalePack } from 'smartcar-error-kit/core';
import { EVERY_LOCALE_PACK, OPT_IN_LOCALE_PACKS } from '../../../test/fixtures/localePacks';
import { makeSmartcarError } from '../../../test/fixtures/makeSmartcarError';
import { CATALOGUE } from './catalogue';

const PACKS = EVERY_LOCALE_PACK.map((pack) => [pack.locale, pack] as const);

/** The title a person sees for `type`/`code` in `pack`'s language. */
function titleOf(pack: CompleteLocalePack, type: string, code: string): string {
  const error = makeSmartcarError({ type, code, description: 'Developer text.' });
  return toErrorDisplay(error, { locale: pack.locale, locales: OPT_IN_LOCALE_PACKS }).title;
}

/** Codes of one type that show the same title, as sorted groups (only groups of two or more). */
function sharedTitles(pack: CompleteLocalePack, type: keyof typeof CATALOGUE): string[][] {
  const byTitle = new Map<string, string[]>();
  for (const code of Object.keys(CATALOGUE[type].codes)) {
    const title = titleOf(pack, type, code);
    byTitle.set(title, [...(byTitle.get(title) ?? []), code]);
  }
  return [...byTitle.values()].filter((codes) => codes.length > 1).map((codes) => codes.sort());
}

/**
 * Documented codes of one type that still share a title. Each group is the same situation for the
 * person (and shares its wording), or — marked "budget" — two failures that should get their own
 * titles once the locale packs' 2 kB budget has room (a title costs about 20 B gzip per pack).
 * Shrink this list; a new shared title fails the test below.
 */
const STILL_SHARED: Partial<Record<keyof typeof CATALOGUE, readonly string[][]>> = {
  // budget: a vehicle limit, a plan without the feature, a request limit, a suspended account
  BILLING: [['ACCOUNT_SUSPENDED', 'INVALID_PLAN', 'VEHICLE_LIMIT', 'VEHICLE_REQUEST_LIMIT']],
  // budget: Smartcar does not support the feature for this car yet vs the car cannot do it
  COMPATIBILITY: [['SMARTCAR_NOT_CAPABLE', 'VEHICLE_NOT_CAPABLE']],
  // budget: no car in the account at all vs this car missing from it
  CONNECTED_SERVICES_ACCOUNT: [['NO_VEHICLES', 'VEHICLE_MISSING']],
  // budget: the app's request limit vs this car's
  RATE_LIMIT: [['SMARTCAR_API', 'VEHICLE']],
  // the app asked for a path or version that does not exist: nothing the person can tell apart
  RESOURCE_NOT_FOUND: [['PATH', 'VERSION']],
  // budget: no response, bad data, a known and an unknown issue at the car brand (all "try again
  // later"; its rate limit now reads as RATE_LIMIT)
  UPSTREAM: [['INVALID_DATA', 'KNOWN_ISSUE', 'NO_RESPONSE', 'UNKNOWN_ISSUE']],
  // budget: the car is on vs the car is moving; in service mode vs state unknown
  VEHICLE_STATE: [
    ['IGNITION_ON', 'IN_MOTION'],
    ['UNKNOWN', 'VEHICLE_OFFLINE_FOR_SERVICE'],
  ],
  // v1 codes the catalogue reads as the same open door (the v1 docs give no other meaning)
  vehicle_state_error: [['VS_001', 'VS_003']],
  // budget: access denied, a Connect server error, and the three ways of leaving Connect
  CONNECT: [
    [
      'access_denied',
      'oem_cancelled_login',
      'server_error',
      'user_cancelled',
      'user_manually_returned_to_application',
    ],
  ],
  // the app's OAuth client is misconfigured: one situation for the person using the app
  OAUTH: [
    [
      'invalid_client',
      'invalid_request',
      'invalid_scope',
      'unauthorized_client',
      'unsupported_grant_type',
    ],
  ],
};

describe.each(PACKS)('titles in %s', (_tag, pack) => {
  it.each(Object.keys(CATALOGUE) as (keyof typeof CATALOGUE)[])(
    '%s: documented codes share a title only where listed in STILL_SHARED',
    (type) => {
      expect(sharedTitles(pack, type)).toEqual(STILL_SHARED[type] ?? []);
    },
  );

  it('names each failure the issue found sharing a title', () => {
    const titles = (type: string, codes: readonly string[]) =>
      new Set(codes.map((code) => titleOf(pack, type, code)));
    expect(
      titles('VEHICLE_STATE', ['NOT_CHARGING', 'CHARGE_FAULT', 'CHARGING_PLUG_NOT_CONNECTED']).size,
    ).toBe(3);
    expect(titles('VEHICLE_STATE', ['DOOR_OPEN', 'HOOD_OPEN']).size).toBe(2);
    expect(titles('SERVER', ['INTERNAL', 'RECORD_NOT_FOUND', 'MULTIPLE_RECORDS_FOUND']).size).toBe(
      3,
    );
  });

  it('gives no two message keys or code titles the same words', () => {
    const all = [
      ...Object.values(pack.messages).map((entry) => entry.title),
      ...Object.values(pack.titles),
    ];
    expect(all.length - new Set(all).size).toBe(0);
  });
});

describe('code titles from a hand-made pack', () => {
  const french = OPT_IN_LOCALE_PACKS.find((pack) => pack.locale === 'fr')!;
  const hoodTitle = (titles: unknown) => {
    const pack = { ...french, locale: 'xx', titles } as unknown as CompleteLocalePack;
    const error = makeSmartcarError({ type: 'VEHICLE_STATE', code: 'HOOD_OPEN' });
    return toErrorDisplay(error, { locale: 'xx', locales: [pack] }).title;
  };

  it("uses the pack's own title for the code", () => {
    expect(hoodTitle({ 'VEHICLE_STATE.HOOD_OPEN': 'Capot levé' })).toBe('Capot levé');
  });

  it("falls back to the message key's title in the same language, whatever `titles` holds", () => {
    const doorTitle = french.messages['VEHICLE_STATE.DOOR_OPEN'].title;
    for (const titles of [undefined, null, 'Capot', 42, { 'VEHICLE_STATE.HOOD_OPEN': 7 }, {}]) {
      expect(hoodTitle(titles), String(titles)).toBe(doorTitle);
    }
  });
});
