/**
 * Internal to the testing entry: reads the bundled payload files and catalogue bodies into
 * `SmartcarErrorFixture`s (`smartcarErrorFixtures` looks them up) and every payload file into a
 * `SmartcarPayloadFixture` (`smartcarPayloadFixtures`).
 */
import type { SmartcarErrorFormat } from '../core/parse/SmartcarError';
import catalogueBodies from './smartcar/catalogue-bodies.json';
import indexRows from './smartcar/payloads/INDEX.json';
import type { SmartcarErrorFixture, SmartcarErrorFixtureKind } from './SmartcarErrorFixture';
import type { SmartcarPayloadFixture } from './SmartcarPayloadFixture';

/**
 * The `Retry-After` (seconds) the v2 RATE_LIMIT fixtures are sent with. Smartcar documents the
 * header but gives no value; this one is an example.
 */
export const EXAMPLE_RETRY_AFTER_SECONDS = 60;

/** One row of `payloads/INDEX.json`: where a payload file came from. */
interface IndexRow {
  readonly format: string;
  readonly type?: string | null;
  readonly code?: string | null;
  readonly error?: string;
  readonly http_status?: number | null;
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
  // API v3 signals and commands: a failure in them is a v3 one.
  if (indexFormat === 'v3_signal' || indexFormat === 'v3_command') return 'v3';
  if (indexFormat.startsWith('batch')) return 'batch';
  if (indexFormat === 'connect_redirect') return 'connect';
  if (indexFormat.startsWith('webhook')) return 'webhook';
  throw new Error(`INDEX.json format not mapped: ${indexFormat}`);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The error of the first failed signal in `signals` (webhook v4, or API v3 `attributes`). */
function firstSignalError(signals: readonly unknown[]): Record<string, unknown> {
  for (const signal of signals) {
    const status = record(record(record(signal)['attributes'] ?? signal)['status']);
    if (status['value'] === 'ERROR') return record(status['error']);
  }
  return {};
}

/**
 * The first failure of a payload: a webhook's first error or failed signal, a v3 body's first
 * error or failed signal, a batch's first failed item's body.
 */
function firstFailure(format: SmartcarErrorFormat, body: unknown): Record<string, unknown> {
  const data = record(record(body)['data']);
  if (format === 'webhook') {
    const errors = list(data['errors']);
    if (errors.length > 0) return record(errors[0]);
    return firstSignalError(list(data['signals']));
  }
  if (format === 'v3') {
    const errors = list(record(body)['errors']);
    return errors.length > 0 ? record(errors[0]) : firstSignalError(list(record(body)['data']));
  }
  const responses = record(body)['responses'];
  const failed = Array.isArray(responses)
    ? responses.find((item) => Number(record(item)['code']) >= 400)
    : undefined;
  return record(record(failed)['body']);
}

/** The failure a payload is filed under; `type: null` for a payload that holds none. */
function identityOf(
  row: IndexRow,
  format: SmartcarErrorFormat,
  body: unknown,
): { type: string | null; code: string | null } {
  if (format === 'connect') return { type: 'CONNECT', code: row.error ?? null };
  if (typeof row.type === 'string') return { type: row.type, code: row.code ?? null };
  const failure = firstFailure(format, body);
  const type = failure['type'] ?? failure['error'];
  const code = failure['code'];
  return {
    type: typeof type === 'string' ? type : null,
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

/** The row and JSON body of the minimally fixed `.json` sibling of an `.asdocumented.txt`. */
function siblingOf(file: string): { row: IndexRow; body: unknown } | null {
  const sibling = `payloads/${file.replace('.asdocumented.txt', '.json')}`;
  const row = ROWS.find((other) => other.file === sibling);
  const text = PAYLOAD_TEXTS[`./smartcar/${sibling}`];
  return row === undefined || text === undefined ? null : { row, body: JSON.parse(text) };
}

/** One payload file: its text, how it is written, its JSON body, and where it came from. */
function payloadOf(row: IndexRow): SmartcarPayloadFixture {
  const file = row.file.slice(row.file.lastIndexOf('/') + 1);
  const text = PAYLOAD_TEXTS[`./smartcar/payloads/${file}`];
  if (text === undefined) throw new Error(`payload file missing: ${file}`);
  const kind: SmartcarErrorFixtureKind = file.endsWith('.asdocumented.txt')
    ? 'asdocumented'
    : file.startsWith('CONNECT__')
      ? 'connect'
      : 'json';
  return Object.freeze({
    name: file.slice(0, file.lastIndexOf('.')),
    file,
    kind,
    shape: row.format,
    text,
    body: kind === 'json' ? (JSON.parse(text) as unknown) : undefined,
    origin: row.origin,
    sourceUrl: row.source_url ?? null,
    source: row.source ?? null,
    notes: Object.freeze([...row.notes]),
  });
}

/** A payload as an error fixture, or `null` when it holds no failure filed under a type. */
function errorFixtureOf(
  row: IndexRow,
  payload: SmartcarPayloadFixture,
): SmartcarErrorFixture | null {
  const { file, kind, body } = payload;
  const sibling = kind === 'asdocumented' ? siblingOf(file) : null;
  const format = formatOf(row.format);
  const { type, code } = identityOf(row, format, body ?? sibling?.body);
  if (type === null) return null;
  const status =
    kind !== 'asdocumented'
      ? statusOf(row.http_status, body)
      : sibling === null
        ? null
        : statusOf(sibling.row.http_status, sibling.body);
  return Object.freeze({
    name: payload.name,
    file,
    kind,
    format,
    type,
    code,
    status,
    headers: headersOf(kind, format, type, body),
    text: payload.text,
    body,
    origin: payload.origin,
    sourceUrl: payload.sourceUrl,
    source: payload.source,
    notes: payload.notes,
  });
}

/** Every payload file, in INDEX.json order (failures, events without one, fragments). */
export const ALL_PAYLOADS: readonly SmartcarPayloadFixture[] = Object.freeze(ROWS.map(payloadOf));

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

/**
 * Every error fixture: the payload files that hold a failure filed under a type, in INDEX.json
 * order, then the catalogue bodies.
 */
export const ALL_FIXTURES: readonly SmartcarErrorFixture[] = Object.freeze([
  ...ROWS.flatMap((row, i) => errorFixtureOf(row, ALL_PAYLOADS[i] as SmartcarPayloadFixture) ?? []),
  ...(catalogueBodies as readonly CatalogueBody[]).map(catalogueFixture),
]);
