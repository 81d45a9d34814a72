import type { UiStrings } from '../messages/LocalePack';
import type { SmartcarError } from '../parse/SmartcarError';
import type { ErrorMessagePart } from './ErrorDisplay';
import { httpUrl } from '../parse/httpUrl';
import { nonBlank } from '../internal/nonBlank';

/** `<app name>`-style placeholders, with the backticks one documented message wraps them in. */
const PLACEHOLDER = /`?<([^<>]*)>`?/g;
const SENTENCE_END = /(^|[.!?]\s+)$/;

/**
 * A compiled message: literal text, or the app's name (mid-sentence or opening one), or the link.
 */
const APP = 1;
const APP_OPENING = 2;
const LINK = 3;
type Segment = string | typeof APP | typeof APP_OPENING | typeof LINK;

/** Messages compiled so far (the API sends few distinct ones); past this many, not cached. */
const MAX_COMPILED_MESSAGES = 256;
const COMPILED = /* @__PURE__ */ new Map<string, readonly Segment[] | null>();

/** Splits a message at its placeholders; `null` when one of them is not known to the kit. */
function compile(message: string): readonly Segment[] | null {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    const before = message.slice(last, match.index);
    if (before !== '') segments.push(before);
    last = match.index + match[0].length;
    const name = (match[1] ?? '').trim().toLowerCase();
    if (name === 'app name' || name === 'your app name') {
      const opening = SENTENCE_END.test(match.index === 0 ? '' : message.slice(0, match.index));
      segments.push(opening ? APP_OPENING : APP);
    } else if (name === 'link to smartcar connect') {
      segments.push(LINK);
    } else {
      return null;
    }
  }
  if (last < message.length) segments.push(message.slice(last));
  return segments;
}

function compiled(message: string): readonly Segment[] | null {
  let segments = COMPILED.get(message);
  if (segments === undefined) {
    segments = compile(message);
    if (COMPILED.size < MAX_COMPILED_MESSAGES) COMPILED.set(message, segments);
  }
  return segments;
}

/**
 * The API's `suggestedUserMessage` as parts: `<app name>` and `<your app name>` filled,
 * `<link to Smartcar Connect>` turned into a link (to `resolution.url` when it is http(s), else
 * to the reconnect action). `null` when the message is missing, blank, or carries a placeholder
 * the kit does not know (so nothing like `<vehicle name>` ever reaches a person).
 */
export function suggestedMessageParts(
  error: SmartcarError,
  ui: UiStrings,
  appName: string | null,
): ErrorMessagePart[] | null {
  const message = nonBlank(error.suggestedUserMessage);
  if (message === null) return null;
  if (!message.includes('<')) return [{ kind: 'text', text: message }];
  const segments = compiled(message);
  if (segments === null) return null;
  const fallback = ui.appNameFallback;
  const parts: ErrorMessagePart[] = [];
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'string') text += segment;
    else if (segment !== LINK) {
      text +=
        appName ??
        (segment === APP_OPENING ? fallback.charAt(0).toUpperCase() + fallback.slice(1) : fallback);
    } else {
      if (text !== '') parts.push({ kind: 'text', text });
      text = '';
      const url = httpUrl(error.resolution.url);
      parts.push(
        url === null
          ? { kind: 'link', text: ui.connectLinkText, action: 'reconnect' }
          : { kind: 'link', text: ui.connectLinkText, url },
      );
    }
  }
  if (text !== '') parts.push({ kind: 'text', text });
  return parts;
}
