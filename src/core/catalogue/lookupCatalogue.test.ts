import {
  type MessageKey,
  type SmartcarErrorCode,
  type SmartcarErrorType,
} from 'smartcar-error-kit/core';
import { lookupCatalogue } from './lookupCatalogue';
import { CATALOGUE } from './catalogue';
import { CATALOGUE_ENTRIES, SMARTCAR_ERROR_TYPES } from './lookupCatalogue';
import { MESSAGE_KEYS, VEHICLE_MESSAGE_KEYS } from '../messages/messageKeys';
import { type CatalogueTypeSpec } from './catalogueTypes';
import { catalogueEntries } from '../../../test/fixtures/smartcar';

/** Smartcar's own catalogue spells OAuth and Connect errors in their own formats. */
const documented = catalogueEntries.filter((entry) => entry.format !== 'v3');

describe('catalogue', () => {
  it('knows the 11 v2 types and their 48 codes, null-code types included', () => {
    const v2 = documented.filter((entry) => entry.format === 'v2');
    expect(new Set(v2.map((entry) => entry.type)).size).toBe(11);
    expect(v2).toHaveLength(48);
    for (const entry of v2) {
      const found = lookupCatalogue(entry.type, entry.code);
      expect([found.type, found.code]).toEqual([entry.type, entry.code]);
    }
  });

  it.each(documented.map((entry) => [`${entry.type} ${entry.code}`, entry] as const))(
    'has the documented %s with its documented resolution',
    (_name, entry) => {
      const found = lookupCatalogue(entry.type, entry.code);
      expect(found.type).toBe(entry.type);
      expect(found.code).toBe(entry.code);
      if (entry.format === 'v2') expect(found.resolution).toBe(entry.resolution?.type ?? null);
    },
  );

  it('also knows the RFC 6749 token errors, NETWORK and UNKNOWN', () => {
    for (const code of [
      'invalid_request',
      'unauthorized_client',
      'unsupported_grant_type',
      'invalid_scope',
    ]) {
      expect(lookupCatalogue('OAUTH', code).code).toBe(code);
    }
    expect(lookupCatalogue('NETWORK', null)).toMatchObject({ type: 'NETWORK', action: 'retry' });
    expect(lookupCatalogue('UNKNOWN', null)).toMatchObject({ action: 'contact-support' });
  });

  it('answers the known code, else the type default, else the generic default', () => {
    expect(lookupCatalogue('VEHICLE_STATE', 'DOOR_OPEN').messageKey).toBe(
      'VEHICLE_STATE.DOOR_OPEN',
    );
    expect(lookupCatalogue('VEHICLE_STATE', 'NEW_CODE')).toMatchObject({
      type: 'VEHICLE_STATE',
      code: null,
      messageKey: 'VEHICLE_STATE',
    });
    expect(lookupCatalogue('VEHICLE_STATE', null).code).toBeNull();
    expect(lookupCatalogue('NEW_TYPE', 'X')).toBe(lookupCatalogue('UNKNOWN', null));
    expect(lookupCatalogue('CONNECT', 'blargh').messageKey).toBe('CONNECT');
  });

  it('ignores case of type and code', () => {
    expect(lookupCatalogue('vehicle_state', 'door_open')).toBe(
      lookupCatalogue('VEHICLE_STATE', 'DOOR_OPEN'),
    );
    expect(lookupCatalogue('connect', 'ACCESS_DENIED')).toBe(
      lookupCatalogue('CONNECT', 'access_denied'),
    );
    expect(lookupCatalogue('VEHICLE_STATE_ERROR', 'vs_001').code).toBe('VS_001');
  });

  it('never throws and keeps prototype names out', () => {
    for (const type of ['__proto__', 'constructor', 'toString', '']) {
      expect(lookupCatalogue(type, type)).toBe(lookupCatalogue('UNKNOWN', null));
    }
    expect(lookupCatalogue(42 as unknown as string, {} as unknown as string).type).toBe('UNKNOWN');
    expect(lookupCatalogue('VEHICLE_STATE', '__proto__').code).toBeNull();
  });

  it('maps every entry to a message key the packs have, and entries are frozen', () => {
    const keys = new Set<string>(MESSAGE_KEYS);
    for (const entry of CATALOGUE_ENTRIES) {
      expect(keys.has(entry.messageKey)).toBe(true);
      expect(Object.isFrozen(entry)).toBe(true);
      expect(entry.mentionsVehicle).toBe(VEHICLE_MESSAGE_KEYS.has(entry.messageKey));
    }
    expect(new Set(CATALOGUE_ENTRIES.map((entry) => entry.messageKey))).toEqual(keys);
    expect(SMARTCAR_ERROR_TYPES).toHaveLength(19);
  });

  it('types every documented type and its codes as constants', () => {
    expectTypeOf<SmartcarErrorCode<'VEHICLE_STATE'>>().toExtend<string>();
    expectTypeOf<'DOOR_OPEN'>().toExtend<SmartcarErrorCode<'VEHICLE_STATE'>>();
    expectTypeOf<'access_denied'>().toExtend<SmartcarErrorCode<'CONNECT'>>();
    expectTypeOf<SmartcarErrorCode<'AUTHENTICATION'>>().toBeNever();
    expectTypeOf<'VEHICLE_STATE.DOOR_OPEN'>().toExtend<MessageKey>();
    expectTypeOf(CATALOGUE).toExtend<Record<SmartcarErrorType, CatalogueTypeSpec>>();
  });

  it('does not compile when a type is missing', () => {
    const { UNKNOWN: _left, ...partial } = CATALOGUE;
    // @ts-expect-error the catalogue is exhaustive: leaving out UNKNOWN must fail to compile
    const incomplete = partial satisfies Record<SmartcarErrorType, CatalogueTypeSpec>;
    expect(Object.keys(incomplete)).not.toContain('UNKNOWN');
  });
});
