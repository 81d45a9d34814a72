import {
  parseSmartcarError,
  toErrorDisplay,
  type ErrorActionKind,
  type SmartcarError,
} from 'smartcar-error-kit/core';
import de from 'smartcar-error-kit/locales/de';
import { fixtureByName } from '../../../test/fixtures/smartcar';
import { makeSmartcarError } from '../../../test/fixtures/makeSmartcarError';

const NOW = 1_700_000_000_000;
const BASE = { appName: 'Voltly', now: NOW };

const makeError = makeSmartcarError;

const kinds = (error: SmartcarError, options = {}) =>
  toErrorDisplay(error, { ...BASE, ...options }).actions.map((action) => action.kind);
const withResolution = (type: string | null, url: string | null = null) =>
  makeError({ type: 'VEHICLE_STATE', code: 'NEW_CODE', resolution: { type, url } });

describe('actions from the resolution', () => {
  it('RETRY_LATER gives a retry action with retryAt from Retry-After', () => {
    const error = parseSmartcarError(fixtureByName('RATE_LIMIT__VEHICLE__1').json, {
      headers: { 'Retry-After': '30' },
    });
    const display = toErrorDisplay(error, BASE);
    expect(display.actions.map((action) => action.kind)).toEqual(['retry', 'dismiss']);
    expect(display.actions[0]).toEqual({ kind: 'retry', label: 'Try again' });
    expect(display.retryAt).toBe(NOW + 30_000);
    expect(display.persistent).toBe(false);
  });

  it('retryAt is null without Retry-After, or without a retry action', () => {
    expect(toErrorDisplay(withResolution('RETRY_LATER'), BASE).retryAt).toBeNull();
    const noRetry = makeError({ type: 'VEHICLE_STATE', code: 'DOOR_OPEN', retryAfterSeconds: 30 });
    expect(toErrorDisplay(noRetry, BASE).retryAt).toBeNull();
  });

  it('REAUTHENTICATE gives a reconnect action to the resolution URL, else to onReconnect', () => {
    const failed = parseSmartcarError(
      fixtureByName('CONNECTED_SERVICES_ACCOUNT__AUTHENTICATION_FAILED__1').json,
    );
    const display = toErrorDisplay(failed, BASE);
    expect(display.actions[0]).toEqual({
      kind: 'reconnect',
      label: 'Reconnect',
      url: failed.resolution.url,
    });
    expect(display.persistent).toBe(true);
    expect(toErrorDisplay(withResolution('REAUTHENTICATE'), BASE).actions[0]).toEqual({
      kind: 'reconnect',
      label: 'Reconnect',
    });
  });

  it('ACTION_REQUIRED and USER_ACTION_REQUIRED open the resolution URL', () => {
    const url = 'https://www.tesla.com/_ak/smartcar.com';
    for (const type of ['ACTION_REQUIRED', 'USER_ACTION_REQUIRED']) {
      const display = toErrorDisplay(withResolution(type, url), BASE);
      expect(display.actions[0]).toEqual({ kind: 'open-url', label: 'Open link', url });
      expect(display.persistent).toBe(true);
    }
  });

  it('an open-url without an http(s) URL leaves dismiss only', () => {
    expect(kinds(withResolution('ACTION_REQUIRED'))).toEqual(['dismiss']);
  });

  it('CONTACT_SUPPORT gives contact-support, FINANCE gives billing, none gives dismiss only', () => {
    expect(kinds(withResolution('CONTACT_SUPPORT'))).toEqual(['contact-support', 'dismiss']);
    expect(kinds(withResolution('finance'))).toEqual(['billing', 'dismiss']);
    expect(kinds(withResolution(null))).toEqual(['dismiss']);
    expect(kinds(parseSmartcarError(fixtureByName('VEHICLE_STATE__DOOR_OPEN__1').json))).toEqual([
      'dismiss',
    ]);
  });

  it('NETWORK gives retry, UNKNOWN gives contact-support', () => {
    expect(kinds(makeError({ type: 'NETWORK', format: 'network' }))).toEqual(['retry', 'dismiss']);
    expect(kinds(makeError({ type: 'UNKNOWN', format: 'unknown' }))).toEqual([
      'contact-support',
      'dismiss',
    ]);
    expect(kinds(parseSmartcarError(new TypeError('Failed to fetch')))).toEqual([
      'retry',
      'dismiss',
    ]);
  });

  it('is persistent exactly when the primary action is reconnect, open-url, billing or contact-support', () => {
    const cases: [string | null, boolean][] = [
      ['RETRY_LATER', false],
      ['REAUTHENTICATE', true],
      ['ACTION_REQUIRED', true],
      ['CONTACT_SUPPORT', true],
      ['FINANCE', true],
      [null, false],
    ];
    for (const [type, persistent] of cases) {
      const display = toErrorDisplay(withResolution(type, 'https://example.com/fix'), BASE);
      expect(display.persistent, String(type)).toBe(persistent);
    }
  });

  it('action labels come from the locale', () => {
    const display = toErrorDisplay(withResolution('RETRY_LATER'), {
      ...BASE,
      locale: 'de',
      locales: [de],
    });
    expect(display.actions.map((action) => action.label)).toEqual([
      de.ui.actionRetry,
      de.ui.actionDismiss,
    ]);
  });
});

describe('action overrides', () => {
  const doorOpen = parseSmartcarError(fixtureByName('VEHICLE_STATE__DOOR_OPEN__1').json);

  it('override for TYPE.CODE wins over TYPE; bare kinds take the locale label', () => {
    const actions = {
      VEHICLE_STATE: ['contact-support'] as ErrorActionKind[],
      'VEHICLE_STATE.DOOR_OPEN': [
        {
          kind: 'open-url',
          label: 'How to close the doors',
          url: 'https://help.example.com/doors',
        },
        'dismiss',
      ] as const,
    };
    const display = toErrorDisplay(doorOpen, { ...BASE, actions });
    expect(display.actions).toEqual([
      { kind: 'open-url', label: 'How to close the doors', url: 'https://help.example.com/doors' },
      { kind: 'dismiss', label: 'Dismiss' },
    ]);
    expect(display.persistent).toBe(true);
    const asleep = parseSmartcarError(fixtureByName('VEHICLE_STATE__ASLEEP__1').json);
    expect(kinds(asleep, { actions })).toEqual(['contact-support']);
  });

  it('skips invalid override items and keeps only http(s) URLs', () => {
    const actions = {
      'VEHICLE_STATE.DOOR_OPEN': [
        'explode',
        null,
        { kind: 'open-url', label: '  ', url: 'javascript:alert(1)' },
        { kind: 'billing', url: 'https://billing.example.com' },
      ] as never,
    };
    expect(toErrorDisplay(doorOpen, { ...BASE, actions }).actions).toEqual([
      { kind: 'open-url', label: 'Open link' },
      { kind: 'billing', label: 'Billing', url: 'https://billing.example.com' },
    ]);
  });
});

describe('only http(s) URLs become links', () => {
  it('only http(s) URLs become link parts and action URLs', () => {
    const message = 'Please reconnect: <link to Smartcar Connect>';
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'mailto:a@b.c',
      '//evil.example',
      'https://smartcar.com@evil.example',
      'https:evil.example',
      'nonsense',
    ]) {
      const error = makeError({
        type: 'CONNECTED_SERVICES_ACCOUNT',
        code: 'AUTHENTICATION_FAILED',
        resolution: { type: 'REAUTHENTICATE', url },
        suggestedUserMessage: message,
      });
      const display = toErrorDisplay(error, BASE);
      expect(display.message[1]).toEqual({ kind: 'link', text: 'Reconnect', action: 'reconnect' });
      expect(display.actions[0]).toEqual({ kind: 'reconnect', label: 'Reconnect' });
    }
  });
});
