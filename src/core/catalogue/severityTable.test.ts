import type { ErrorActionKind, ErrorSeverity } from 'smartcar-error-kit/core';
import { lookupCatalogue } from './lookupCatalogue';

/** The severity and action table of issue 4, row by row. */
const TABLE: [type: string, code: string | null, ErrorSeverity, ErrorActionKind][] = [
  ['AUTHENTICATION', null, 'critical', 'reconnect'],
  ['PERMISSION', null, 'critical', 'reconnect'],
  ['CONNECTED_SERVICES_ACCOUNT', 'AUTHENTICATION_FAILED', 'critical', 'reconnect'],
  ['CONNECTED_SERVICES_ACCOUNT', 'VIRTUAL_KEY_REQUIRED', 'critical', 'open-url'],
  ['BILLING', 'VEHICLE_LIMIT', 'critical', 'contact-support'],
  ['BILLING', 'ACCOUNT_SUSPENDED', 'critical', 'billing'],
  ['RATE_LIMIT', 'VEHICLE', 'warning', 'retry'],
  ['UPSTREAM', 'NO_RESPONSE', 'warning', 'retry'],
  ['SERVER', 'INTERNAL', 'warning', 'retry'],
  ['SERVER', 'MULTIPLE_RECORDS_FOUND', 'warning', 'contact-support'],
  ['VEHICLE_STATE', 'DOOR_OPEN', 'warning', 'dismiss'],
  ['VEHICLE_STATE', 'LOW_BATTERY', 'warning', 'retry'],
  ['VEHICLE_STATE', 'FULLY_CHARGED', 'info', 'dismiss'],
  ['VEHICLE_STATE', 'CHARGING_IN_PROGRESS', 'info', 'dismiss'],
  ['CONNECT', 'user_cancelled', 'info', 'reconnect'],
  ['CONNECT', 'configuration_error', 'warning', 'contact-support'],
  ['OAUTH', 'invalid_grant', 'critical', 'reconnect'],
  ['NETWORK', null, 'warning', 'retry'],
  ['UNKNOWN', null, 'warning', 'contact-support'],
];

describe('severity, politeness and action table', () => {
  it.each(TABLE)('%s %s is %s with primary action %s', (type, code, severity, action) => {
    const entry = lookupCatalogue(type, code);
    expect(entry.severity).toBe(severity);
    expect(entry.action).toBe(action);
    expect(entry.politeness).toBe(severity === 'critical' ? 'assertive' : 'polite');
    expect(entry.persistent).toBe(
      action === 'reconnect' ||
        action === 'open-url' ||
        action === 'billing' ||
        action === 'contact-support',
    );
  });
});
