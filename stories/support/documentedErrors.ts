/**
 * Every documented Smartcar error, parsed once from the same fixtures the tests use
 * (test/fixtures/smartcar: catalogue.json and the 102 payloads that hold a failure), grouped the
 * way the Catalogue stories show them: the 11 v2 types, the v1 and v3 bodies, batch items, webhook
 * items, OAuth, the Connect redirect errors, and the failures that never reached Smartcar
 * (network, unknown).
 */
import {
  parseBatchResponse,
  parseConnectRedirect,
  parseSmartcarError,
  parseSmartcarErrors,
  toErrorDisplay,
} from 'smartcar-error-kit';
import type { ErrorSeverity, SmartcarError } from 'smartcar-error-kit';
// The catalogue is not public: the stories read it to list every documented error.
import type { ResolutionType } from '../../src/core/catalogue/catalogueTypes';
import { lookupCatalogue } from '../../src/core/catalogue/lookupCatalogue';
import {
  catalogueEntries,
  fixtureByName,
  fixturesOfFormat,
  type CatalogueEntry,
} from '../../test/fixtures/smartcar';

/** The Catalogue's groups, in the order the stories list them. */
export const CATALOGUE_GROUPS = {
  AUTHENTICATION: 'AUTHENTICATION (v2)',
  BILLING: 'BILLING (v2)',
  COMPATIBILITY: 'COMPATIBILITY (v2)',
  CONNECTED_SERVICES_ACCOUNT: 'CONNECTED_SERVICES_ACCOUNT (v2)',
  PERMISSION: 'PERMISSION (v2)',
  RATE_LIMIT: 'RATE_LIMIT (v2)',
  RESOURCE_NOT_FOUND: 'RESOURCE_NOT_FOUND (v2)',
  SERVER: 'SERVER (v2)',
  UPSTREAM: 'UPSTREAM (v2)',
  VALIDATION: 'VALIDATION (v2)',
  VEHICLE_STATE: 'VEHICLE_STATE (v2)',
  v1: 'v1 bodies (older API versions)',
  v3: 'v3 body (JSON:API style)',
  batch: 'Batch response items',
  webhook: 'Webhook VEHICLE_ERROR items and failed signals',
  oauth: 'OAuth token endpoint',
  connect: 'Connect redirect errors',
  other: 'Network failures and unknown errors',
} as const;

/** Identifier of a Catalogue group. */
export type CatalogueGroup = keyof typeof CATALOGUE_GROUPS;

/** A documented resolution, or `'none'` when the docs give none. */
export type ResolutionFilter = ResolutionType | 'none';

/** One documented error, ready to render. */
export interface DocumentedError {
  /** Unique and stable: `'VEHICLE_STATE.ASLEEP'`, `'batch:BATCH__MIXED__1 /odometer'`, … */
  readonly id: string;
  readonly group: CatalogueGroup;
  /**
   * What the error is, as the docs name it: `'VEHICLE_STATE.ASLEEP'`, `'CONNECT.access_denied'`.
   */
  readonly label: string;
  /** Where the body came from: a payload file, or the catalogue entry it was built from. */
  readonly source: string;
  /** HTTP status the body arrives with, when known. */
  readonly status: number | null;
  /** The parsed failure (what a component's `error` prop receives). */
  readonly error: SmartcarError;
  /** The catalogue's documented resolution for its type and code. */
  readonly resolution: ResolutionFilter;
  /** The severity the kit gives it (English wording; severity does not depend on the locale). */
  readonly severity: ErrorSeverity;
}

/** The app name used when computing severities (any name would do; it silences a dev warning). */
const PROBE_APP_NAME = 'VoltPark';

/**
 * The OAuth token endpoint answers a bad code or refresh token with HTTP 400 (the catalogue's
 * `statusCode_basis` cites the Python SDK's end-to-end tests).
 */
const OAUTH_STATUS = 400;

function documented(
  group: CatalogueGroup,
  id: string,
  label: string,
  source: string,
  status: number | null,
  error: SmartcarError,
): DocumentedError {
  const resolution = lookupCatalogue(error.type, error.code).resolution ?? 'none';
  const severity = toErrorDisplay(error, { appName: PROBE_APP_NAME }).severity;
  return Object.freeze({ id, group, label, source, status, error, resolution, severity });
}

function labelOf(entry: CatalogueEntry): string {
  return entry.code === null ? entry.type : `${entry.type}.${entry.code}`;
}

/** The first JSON payload of an entry (a documented example that is not JSON comes second). */
function payloadOf(entry: CatalogueEntry): string | undefined {
  const files = entry.payload_files.map((path) => path.slice(path.lastIndexOf('/') + 1));
  return files.find((file) => !file.endsWith('.asdocumented.txt')) ?? files[0];
}

function fromCatalogue(entry: CatalogueEntry): DocumentedError {
  const label = labelOf(entry);
  const file = payloadOf(entry);
  if (entry.format === 'connect_redirect' && file !== undefined) {
    const fixture = fixtureByName(file);
    const error = parseConnectRedirect(fixture.text) ?? parseSmartcarError(fixture.text);
    return documented('connect', `CONNECT.${entry.code}`, label, file, null, error);
  }
  if (entry.format === 'oauth_token') {
    const body = { error: entry.code, error_description: entry.description };
    const error = parseSmartcarError(body, { status: OAUTH_STATUS });
    return documented(
      'oauth',
      `OAUTH.${entry.code}`,
      label,
      'catalogue.json (body_shape)',
      OAUTH_STATUS,
      error,
    );
  }
  const group: CatalogueGroup =
    entry.format === 'v1' ? 'v1' : entry.format === 'v3' ? 'v3' : (entry.type as CatalogueGroup);
  const id = entry.format === 'v2' ? label : `${entry.format}:${label}`;
  if (file !== undefined) {
    const fixture = fixtureByName(file);
    const status = fixture.httpStatus ?? entry.statusCode;
    const error = parseSmartcarError(fixture.text, status === null ? {} : { status });
    return documented(group, id, label, file, status, error);
  }
  // v1 codes documented only on the test-mode page: the body is the catalogue's `v1_fields`.
  const error = parseSmartcarError(entry['v1_fields'] ?? { error: entry.type, code: entry.code });
  return documented(group, id, label, 'catalogue.json (v1_fields)', entry.statusCode, error);
}

function batchItems(): DocumentedError[] {
  return fixturesOfFormat('batch').flatMap((fixture) =>
    parseBatchResponse(fixture.json).map(({ path, error }) =>
      documented(
        'batch',
        `batch:${fixture.name} ${path ?? ''}`.trim(),
        `${error.code === null ? error.type : `${error.type}.${error.code}`} at ${path ?? '(no path)'}`,
        fixture.file,
        error.statusCode,
        error,
      ),
    ),
  );
}

/**
 * Every failure of each webhook payload (an event can carry several); the first keeps the plain id.
 */
function webhookItems(): DocumentedError[] {
  return fixturesOfFormat('webhook').flatMap((fixture) =>
    parseSmartcarErrors(fixture.json).map((error, i) => {
      const label = error.code === null ? error.type : `${error.type}.${error.code}`;
      const id = `webhook:${fixture.name}${i === 0 ? '' : ` #${i + 1}`}`;
      return documented('webhook', id, label, fixture.file, null, error);
    }),
  );
}

/** Failures that never reached Smartcar, or that the kit cannot name. */
function otherFailures(): DocumentedError[] {
  const proxyPage = '<html><body><h1>502 Bad Gateway</h1></body></html>';
  return [
    documented(
      'other',
      'NETWORK.fetch',
      'NETWORK (fetch failed)',
      'new TypeError("Failed to fetch")',
      null,
      parseSmartcarError(new TypeError('Failed to fetch')),
    ),
    documented(
      'other',
      'NETWORK.timeout',
      'NETWORK (request aborted)',
      'new DOMException("…", "AbortError")',
      null,
      parseSmartcarError(new DOMException('The operation was aborted.', 'AbortError')),
    ),
    documented(
      'other',
      'UNKNOWN.proxy',
      'UNKNOWN (HTML page from a proxy)',
      'HTTP 502 text/html',
      502,
      parseSmartcarError(proxyPage, { status: 502 }),
    ),
    documented(
      'other',
      'UNKNOWN.type',
      'An undocumented type',
      '{ type: "CHARGING_NETWORK", code: "STATION_OFFLINE" }',
      503,
      parseSmartcarError({ type: 'CHARGING_NETWORK', code: 'STATION_OFFLINE', statusCode: 503 }),
    ),
    documented(
      'other',
      'VEHICLE_STATE.undocumented',
      'An undocumented code of a known type',
      '{ type: "VEHICLE_STATE", code: "WINDOW_OPEN" }',
      409,
      parseSmartcarError({ type: 'VEHICLE_STATE', code: 'WINDOW_OPEN', statusCode: 409 }),
    ),
  ];
}

/** Every documented error: the 68 catalogue entries, batch and webhook items, and the rest. */
export const DOCUMENTED_ERRORS: readonly DocumentedError[] = Object.freeze([
  ...catalogueEntries.map(fromCatalogue),
  ...batchItems(),
  ...webhookItems(),
  ...otherFailures(),
]);

/** The documented errors of one group. */
export function errorsOfGroup(group: CatalogueGroup): readonly DocumentedError[] {
  return DOCUMENTED_ERRORS.filter((item) => item.group === group);
}

/** The documented error with this id; throws for a typo in a story. */
export function documentedError(id: string): DocumentedError {
  const found = DOCUMENTED_ERRORS.find((item) => item.id === id);
  if (found === undefined) throw new Error(`no documented error ${id}`);
  return found;
}

/**
 * `id`, checked: a story's `error` arg holds the id and the select control maps it to the error.
 */
export function errorId(id: string): string {
  return documentedError(id).id;
}

/** Every resolution the catalogue documents, plus `'none'`. */
export const RESOLUTIONS: readonly ResolutionFilter[] = [
  'RETRY_LATER',
  'REAUTHENTICATE',
  'ACTION_REQUIRED',
  'USER_ACTION_REQUIRED',
  'CONTACT_SUPPORT',
  'FINANCE',
  'none',
];
