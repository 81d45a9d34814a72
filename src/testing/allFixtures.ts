/**
 * Internal to the testing entry: reads the bundled payload files and catalogue bodies into
 * `SmartcarErrorFixture`s (`smartcarErrorFixtures` looks them up).
 */
import type { SmartcarErrorFormat } from '../core/parse/SmartcarError';
import catalogueBodies from './smartcar/catalogue-bodies.json';
import indexRows from './smartcar/payloads/INDEX.json';
import type { SmartcarErrorFixture, SmartcarErrorFixtureKind } from './SmartcarErrorFixture';

/**
 * The `Retry-After` (seconds) the v2 RATE_LIMIT fixtures are sent with. Smartcar documents the
 * header but gives no value; this one is an example.
 */
export const EXAMPLE_RETRY_AFTER_SECONDS = 60;

/** One row of `payloads/INDEX.json`: where a payload file came from. */
interface IndexRow {
  readonly format: string;
  readonly type?: string;
  readonly code?: string | null;
  readonly error?: string;
  readonly http_status?: number;
  readonly origin: string;
  readonly source_url?: string;
  readonly source?: string;
  readonly notes: readonly string[];
  readonly file: string;
}

/** One body of `catalogue-bodies.json`: a documented error the docs give no payload file for. */
interface CatalogueBody {
  readonly name: string;
  readonly format: 'v1' | 'oauth';
  readonly type: string;
  readonly code: string | null;
  readonly status: number | null;
  readonly source_url: string;
  readonly body: unknown;
}

// Bundled into the package as text, exactly as documented (Vite inlines them at build time).
const PAYLOAD_TEXTS = import.meta.glob<string>(
  ['./smartcar/payloads/*', '!./smartcar/payloads/INDEX.json'],
  { eager: true, query: '?raw', import: 'default' },
);

function formatOf(indexFormat: string): SmartcarErrorFormat {
  if (indexFormat === 'v2' || indexFormat === 'v1' || indexFormat === 'v3') return indexFormat;
  if (indexFormat.startsWith('batch')) return 'batch';
  if (indexFormat === 'connect_redirect') return 'connect';
  if (indexFormat.startsWith('webhook')) return 'webhook';
  throw new Error(`INDEX.json format not mapped: ${indexFormat}`);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The first failed item's body of a batch, or the first error of a webhook. */
function firstFailure(format: SmartcarErrorFormat, body: unknown): Record<string, unknown> {
  if (format === 'webhook') {
    const errors = record(record(body)['data'])['errors'];
    return record(Array.isArray(errors) ? errors[0] : undefined);
  }
  const responses = record(body)['responses'];
  const failed = Array.isArray(responses)
    ? responses.find((item) => Number(record(item)['code']) >= 400)
    : undefined;
  return record(record(failed)['body']);
}

function identityOf(
  row: IndexRow,
  format: SmartcarErrorFormat,
  body: unknown,
): { type: string; code: string | null } {
  if (format === 'connect') return { type: 'CONNECT', code: row.error ?? null };
  if (row.type !== undefined) return { type: row.type, code: row.code ?? null };
  const failure = firstFailure(format, body);
  const type = failure['type'] ?? failure['error'];
  const code = failure['code'];
  return {
    type: typeof type === 'string' ? type : 'UNKNOWN',
    code: typeof code === 'string' ? code : null,
  };
}

function headersOf(
  kind: SmartcarErrorFixtureKind,
  format: SmartcarErrorFormat,
  type: string,
  body: unknown,
): Readonly<Record<string, string>> {
  if (kind === 'connect') return Object.freeze({});
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const requestId = record(body)['requestId'];
  if (typeof requestId === 'string') headers['SC-Request-Id'] = requestId;
  if (format === 'v2' && type === 'RATE_LIMIT') {
    headers['Retry-After'] = String(EXAMPLE_RETRY_AFTER_SECONDS);
  }
  return Object.freeze(headers);
}

function statusOf(documented: number | null | undefined, body: unknown): number | null {
  if (typeof documented === 'number') return documented;
  const statusCode = record(body)['statusCode'];
  return typeof statusCode === 'number' ? statusCode : null;
}

const ROWS = indexRows as readonly IndexRow[];

/** A documented example that is not JSON has the status of its minimally fixed `.json` sibling. */
function documentedStatus(row: IndexRow, file: string): number | null {
  if (!file.endsWith('.asdocumented.txt')) return statusOf(row.http_status, undefined);
  const sibling = `payloads/${file.replace('.asdocumented.txt', '.json')}`;
  const siblingRow = ROWS.find((other) => other.file === sibling);
  const siblingText = PAYLOAD_TEXTS[`./smartcar/${sibling}`];
  return siblingRow === undefined || siblingText === undefined
    ? null
    : statusOf(siblingRow.http_status, JSON.parse(siblingText));
}

function payloadFixture(row: IndexRow): SmartcarErrorFixture {
  const file = row.file.slice(row.file.lastIndexOf('/') + 1);
  const text = PAYLOAD_TEXTS[`./smartcar/payloads/${file}`];
  if (text === undefined) throw new Error(`payload file missing: ${file}`);
  const kind: SmartcarErrorFixtureKind = file.endsWith('.asdocumented.txt')
    ? 'asdocumented'
    : file.startsWith('CONNECT__')
      ? 'connect'
      : 'json';
  const body: unknown = kind === 'json' ? JSON.parse(text) : undefined;
  const format = formatOf(row.format);
  const { type, code } = identityOf(row, format, body);
  return Object.freeze({
    name: file.slice(0, file.lastIndexOf('.')),
    file,
    kind,
    format,
    type,
    code,
    status: body === undefined ? documentedStatus(row, file) : statusOf(row.http_status, body),
    headers: headersOf(kind, format, type, body),
    text,
    body,
    origin: row.origin,
    sourceUrl: row.source_url ?? null,
    source: row.source ?? null,
    notes: Object.freeze([...row.notes]),
  });
}

function catalogueFixture(entry: CatalogueBody): SmartcarErrorFixture {
  return Object.freeze({
    name: entry.name,
    file: null,
    kind: 'json',
    format: entry.format,
    type: entry.type,
    code: entry.code,
    status: entry.status,
    headers: headersOf('json', entry.format, entry.type, entry.body),
    text: JSON.stringify(entry.body),
    body: entry.body,
    origin: 'catalogue',
    sourceUrl: entry.source_url,
    source: null,
    notes: Object.freeze([]),
  });
}

/** Every fixture: the documented payload files in INDEX.json order, then the catalogue bodies. */
export const ALL_FIXTURES: readonly SmartcarErrorFixture[] = Object.freeze([
  ...ROWS.map(payloadFixture),
  ...(catalogueBodies as readonly CatalogueBody[]).map(catalogueFixture),
]);
