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
import { looksStripped } from './looksStripped';
import { overrideKeys } from './overrideKeys';
import { readDisplay, trust } from './readDisplay';
import { readOptions } from './readOptions';
import { resolveActions } from './resolveActions';
import { resolveWording } from './resolveWording';
import { toDetailView } from './toDetailView';

/** Replaced by the app's bundler; declared here, not via @types/node (see core/internal/dev.ts). */
declare const process: { readonly env: { readonly NODE_ENV?: string } };

const NO_KEYS: readonly string[] = [];
const MS_PER_SECOND = 1000;

function joinParts(parts: readonly ErrorMessagePart[]): string {
  return parts.length === 1
    ? (parts[0] as ErrorMessagePart).text
    : parts.map((p) => p.text).join('');
}

/** The display of a parsed error with options `readOptions` read. */
function build(error: SmartcarError, options: DisplayOptions): ErrorDisplay {
  const entry = lookupCatalogue(error.type, error.code);
  const pack = resolveLocalePack(options.locale, options.locales);
  const ui = completeUi(pack);
  const appName = options.appName ?? null;
  if (appName === null) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        'appName',
        'toErrorDisplay: no appName, so messages say "this app". Set appName (or the provider’s).',
      );
    }
  }
  const vehicleName = options.vehicleName ?? null;
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
  return {
    key: displayKey(error, entry, vehicleName),
    severity: entry.severity,
    politeness: entry.politeness,
    persistent: PERSISTENT_ACTIONS.has(primary),
    title: wording.title,
    message: wording.message,
    messageText: joinParts(wording.message),
    actions,
    retryAt: retries ? (options.now ?? Date.now()) + (retryAfter as number) * MS_PER_SECOND : null,
    requestId: error.requestId,
    docURL: error.docURL,
    detail: toDetailView(error.detail, ui, options.locale ?? null, pack.locale),
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

/** A display that needs nothing but English, for when building one threw (see `toErrorDisplay`). */
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
 * What a person sees for a failure: title, message parts with the app's and vehicle's names,
 * severity, politeness, actions (primary first), retry time and a detail view, with the error's
 * fields as plain data (see `ErrorDisplay`). `input` is anything `parseSmartcarError` accepts
 * (read with `options.now` as its clock), a `SmartcarError`, or an `ErrorDisplay` (returned as
 * is; a copy or a hand-made one is read once by `readDisplay`, which leaves out what cannot be
 * rendered). Pure and deterministic given `options.now`; never throws.
 *
 * The kit's one trust boundary for displays: every display the components and the toast queue
 * hold came out of here (or `readDisplay`), so nothing after it checks a display's fields again.
 * In development it says once when `input` is an error whose fields a framework boundary
 * stripped (see `looksStripped`), which would otherwise render the generic message silently.
 */
export function toErrorDisplay(input: unknown, options?: DisplayOptions): ErrorDisplay {
  const given = readDisplay(input);
  if (given !== null) return given;
  const read = readOptions(options);
  // A genuine SmartcarError comes back as is; anything else is read here, with `now` (the only
  // field the read options share with a parse context) as the parser's clock.
  const error = parseSmartcarError(input, read);
  if (process.env.NODE_ENV !== 'production' && looksStripped(input, error)) {
    warnOnce(
      'stripped-error',
      'an error with none of a SmartcarError’s fields (only message, name, stack or digest, or nothing) was given, so the generic message is shown. That is what a framework boundary leaves of a SmartcarError instance: a server component passing it as a prop to a client component, structuredClone, postMessage. Pass `error.toJSON()`, or an ErrorDisplay from `toErrorDisplay(error)`, instead.',
    );
  }
  try {
    return trust(build(error, read));
  } catch {
    // What `messages`, `actions` or a hand-made locale pack hold is read while building: a getter
    // that throws there gives the generic English display of the error.
    return trust(fallback(error));
  }
}
