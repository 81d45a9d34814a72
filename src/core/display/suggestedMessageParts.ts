import type { UiStrings } from '../messages/LocalePack';
import type { SmartcarError } from '../parse/SmartcarError';
import type { ErrorMessagePart } from './ErrorDisplay';
import { httpUrlOrNull } from './httpUrlOrNull';

/** `<app name>`-style placeholders, with the backticks one documented message wraps them in. */
const PLACEHOLDER = /`?<([^<>]*)>`?/g;
const SENTENCE_END = /(^|[.!?]\s+)$/;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
  const message =
    typeof error.suggestedUserMessage === 'string' ? error.suggestedUserMessage.trim() : '';
  if (message === '') return null;
  if (!message.includes('<')) return [{ kind: 'text', text: message }];
  const parts: ErrorMessagePart[] = [];
  let text = '';
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    text += message.slice(last, match.index);
    last = match.index + match[0].length;
    const name = (match[1] ?? '').trim().toLowerCase();
    if (name === 'app name' || name === 'your app name') {
      text +=
        appName ?? (SENTENCE_END.test(text) ? capitalise(ui.appNameFallback) : ui.appNameFallback);
    } else if (name === 'link to smartcar connect') {
      if (text !== '') parts.push({ kind: 'text', text });
      text = '';
      const url = httpUrlOrNull(error.resolution.url);
      parts.push(
        url === null
          ? { kind: 'link', text: ui.connectLinkText, action: 'reconnect' }
          : { kind: 'link', text: ui.connectLinkText, url },
      );
    } else {
      return null;
    }
  }
  text += message.slice(last);
  if (text !== '') parts.push({ kind: 'text', text });
  return parts;
}
