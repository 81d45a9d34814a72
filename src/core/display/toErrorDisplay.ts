import { lookupCatalogue, PERSISTENT_ACTIONS } from '../catalogue/lookupCatalogue';
import { warnOnce } from '../internal/dev';
import { englishLocale } from '../messages/englishLocale';
import { formatTemplate } from '../messages/formatTemplate';
import { resolveLocalePack } from '../messages/resolveLocalePack';
import { parseSmartcarError } from '../parse/parseSmartcarError';
import type { SmartcarError, SmartcarErrorJSON } from '../parse/SmartcarError';
import { completeUi } from './completeUi';
import type { DisplayOptions } from './DisplayOptions';
import { describeVehicle } from './describeVehicle';
import type { ErrorDisplay, ErrorMessagePart } from './ErrorDisplay';
import { displayKey } from './displayKey';
import { overrideKeys } from './overrideKeys';
import { trust } from './readDisplay';
import { resolveActions } from './resolveActions';
import { resolveWording } from './resolveWording';
import { toDetailView } from './toDetailView';

/** Replaced by the app's bundler; declared here, not through @types/node (see core/internal/dev.ts). */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

const NO_OPTIONS: DisplayOptions = {};
const NO_KEYS: readonly string[] = [];
const MS_PER_SECOND = 1000;

const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

function joinParts(parts: readonly ErrorMessagePart[]): string {
  return parts.length === 1
    ? (parts[0] as ErrorMessagePart).text
    : parts.map((p) => p.text).join('');
}

function build(error: SmartcarError, options: DisplayOptions): ErrorDisplay {
  const entry = lookupCatalogue(error.type, error.code);
  const pack = resolveLocalePack(options.locale, options.locales);
  const ui = completeUi(pack);
  const appName = textOrNull(options.appName);
  if (appName === null) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        'appName',
        'toErrorDisplay: no appName, so messages say "this app". Set appName (or the provider’s).',
      );
    }
  }
  const vehicleName = textOrNull(options.vehicleName);
  const keys =
    options.messages === undefined && options.actions === undefined
      ? NO_KEYS
      : overrideKeys(error, entry);
  const wording = resolveWording(error, {
    entry,
    pack,
    ui,
    appName,
    // The vehicle as the person knows it: Connect's make, model and year, else `vehicleName`.
    vehicle: describeVehicle(error.vehicle, ui.vehicleDescription) ?? vehicleName,
    overrideKeys: keys,
    messages: options.messages,
  });
  const actions = resolveActions(error, entry, ui, keys, options.actions);
  const primary = actions[0]?.kind ?? 'dismiss';
  const retryAfter = error.retryAfterSeconds;
  const retries =
    typeof retryAfter === 'number' && retryAfter >= 0 && actions.some((a) => a.kind === 'retry');
  const now = typeof options.now === 'number' && Number.isFinite(options.now) ? options.now : null;
  return {
    key: displayKey(error, entry, vehicleName),
    severity: entry.severity,
    politeness: entry.politeness,
    persistent: PERSISTENT_ACTIONS.has(primary),
    title: wording.title,
    message: wording.message,
    messageText: joinParts(wording.message),
    actions,
    retryAt: retries ? (now ?? Date.now()) + (retryAfter as number) * MS_PER_SECOND : null,
    requestId: error.requestId,
    docURL: error.docURL,
    detail: toDetailView(error.detail, ui, textOrNull(options.locale), pack.locale),
    locale: pack.locale,
    ...errorFields(error.toJSON()),
  };
}

/** What the display copies from the parsed error: its plain fields, and all of it as `error`. */
function errorFields(json: SmartcarErrorJSON) {
  return {
    type: json.type,
    code: json.code,
    state: json.state,
    statusCode: json.statusCode,
    description: json.description,
    retryAfterSeconds: json.retryAfterSeconds,
    error: json,
  };
}

/** A display that needs nothing but English, for an error or options that could not be read. */
function fallback(error: SmartcarError): ErrorDisplay {
  const { title, message } = englishLocale.messages.UNKNOWN;
  const text = formatTemplate(message, {});
  return {
    key: 'UNKNOWN.',
    severity: 'warning',
    politeness: 'polite',
    persistent: false,
    title,
    message: [{ kind: 'text', text }],
    messageText: text,
    actions: [{ kind: 'dismiss', label: englishLocale.ui.actionDismiss }],
    retryAt: null,
    requestId: null,
    docURL: null,
    detail: null,
    locale: 'en',
    ...errorFields(error.toJSON()),
  };
}

/**
 * What a person sees for a Smartcar error: title, message parts with the app's and vehicle's
 * names, severity, politeness, actions (primary first), retry time and a detail view, with the
 * error's fields as plain data (see `ErrorDisplay`). Pure and deterministic given
 * `options.now`; never throws.
 */
export function toErrorDisplay(error: SmartcarError, options?: DisplayOptions): ErrorDisplay {
  // A genuine SmartcarError as is; anything else (a look-alike, plain JS passing junk) read first.
  const parsed = parseSmartcarError(error);
  try {
    return trust(build(parsed, options ?? NO_OPTIONS));
  } catch {
    return trust(fallback(parsed));
  }
}
