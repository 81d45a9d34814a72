import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import { englishLocale } from '../messages/englishLocale';
import { formatTemplate } from '../messages/formatTemplate';
import type { LocalePack, MessageEntry, UiStrings } from '../messages/LocalePack';
import type { SmartcarError } from '../parse/SmartcarError';
import type { MessageOverride, MessageOverrides } from './DisplayOptions';
import type { ErrorMessagePart } from './ErrorDisplay';
import { findOverride } from './overrideKeys';
import { suggestedMessageParts } from './suggestedMessageParts';
import { nonBlank } from '../internal/nonBlank';

/** What `resolveWording` needs to know besides the error. */
export interface WordingContext {
  readonly entry: CatalogueEntry;
  readonly pack: LocalePack;
  readonly ui: UiStrings;
  /** The app's name, or null for the locale's neutral phrase. */
  readonly appName: string | null;
  /** The vehicle's name or description, or null for the locale's stand-in. */
  readonly vehicle: string | null;
  readonly overrideKeys: readonly string[];
  readonly messages: MessageOverrides | undefined;
}

/** The title and message a person sees. */
export interface Wording {
  readonly title: string;
  readonly message: ErrorMessagePart[];
}

const ENGLISH = /^en(?:-|$)/i;

/**
 * The kit's title and message for `entry` in `pack`, else in English: the message key's wording,
 * with the code's own title (`titles[entry.titleKey]`) from the same pack when it has one.
 */
function kitEntry(pack: LocalePack, entry: CatalogueEntry): MessageEntry {
  const key = entry.messageKey;
  const own = Object.hasOwn(pack.messages, key) ? pack.messages[key] : undefined;
  const usable =
    own !== undefined && nonBlank(own.title) !== null && nonBlank(own.message) !== null;
  const source: LocalePack = usable ? pack : englishLocale;
  const wording = usable
    ? own
    : ((englishLocale.messages as LocalePack['messages'])[key] ?? englishLocale.messages.UNKNOWN);
  // `titles` may be anything in a hand-made pack: only a non-blank string is used.
  const title = nonBlank(entry.titleKey === null ? undefined : source.titles?.[entry.titleKey]);
  return title === null ? wording : { title, message: wording.message };
}

/**
 * Precedence, per field: the host's override (most specific key first), then — for the message,
 * in English only — the API's `suggestedUserMessage`, then the kit's wording for the catalogue
 * key in the chosen locale. The API's message gives way to the kit's when a named vehicle would
 * otherwise go unmentioned. `description` is never used: it is written for developers.
 */
export function resolveWording(error: SmartcarError, context: WordingContext): Wording {
  const { entry, pack, ui, appName, vehicle, overrideKeys, messages } = context;
  const values = { app: appName ?? ui.appNameFallback, vehicle: vehicle ?? ui.vehicleFallback };
  const kit = kitEntry(pack, entry);
  const titleOverride = findOverride<MessageOverride>(
    messages,
    overrideKeys,
    (o) => nonBlank(o?.title) !== null,
  );
  const messageOverride = findOverride<MessageOverride>(
    messages,
    overrideKeys,
    (o) => nonBlank(o?.message) !== null,
  );
  const title = formatTemplate(titleOverride?.title ?? kit.title, values);
  if (messageOverride !== undefined) {
    return {
      title,
      message: [{ kind: 'text', text: formatTemplate(messageOverride.message as string, values) }],
    };
  }
  const english = pack === englishLocale || ENGLISH.test(pack.locale);
  const api =
    english && !(vehicle !== null && entry.mentionsVehicle)
      ? suggestedMessageParts(error, ui, appName)
      : null;
  return { title, message: api ?? [{ kind: 'text', text: formatTemplate(kit.message, values) }] };
}
