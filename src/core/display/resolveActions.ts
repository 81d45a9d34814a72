import { actionForResolution } from '../catalogue/lookupCatalogue';
import type { CatalogueEntry, ErrorActionKind } from '../catalogue/catalogueTypes';
import type { UiStrings } from '../messages/LocalePack';
import type { SmartcarError } from '../parse/SmartcarError';
import type { ActionOverrides } from './DisplayOptions';
import type { ErrorAction } from './ErrorDisplay';
import { httpUrl } from '../parse/httpUrl';
import { findOverride } from './overrideKeys';
import { nonBlank } from '../internal/nonBlank';

/** The locale label of each action kind (the fleet summary labels a group's action with it too). */
export const ACTION_LABELS: Readonly<Record<ErrorActionKind, keyof UiStrings>> = {
  retry: 'actionRetry',
  reconnect: 'actionReconnect',
  'open-url': 'actionOpenUrl',
  'contact-support': 'actionContactSupport',
  billing: 'actionBilling',
  dismiss: 'actionDismiss',
};

const isKind = (value: unknown): value is ErrorActionKind =>
  typeof value === 'string' && Object.hasOwn(ACTION_LABELS, value);

function action(
  kind: ErrorActionKind,
  ui: UiStrings,
  url: string | null,
  label?: unknown,
): ErrorAction {
  const text = nonBlank(label) ?? ui[ACTION_LABELS[kind]];
  return url === null ? { kind, label: text } : { kind, label: text, url };
}

/**
 * The URL an action of this kind takes from the error: the resolution's, for reconnect/open-url.
 */
function urlFor(kind: ErrorActionKind, error: SmartcarError): string | null {
  return kind === 'reconnect' || kind === 'open-url' ? httpUrl(error.resolution.url) : null;
}

function fromOverride(item: unknown, error: SmartcarError, ui: UiStrings): ErrorAction | null {
  if (isKind(item)) return action(item, ui, urlFor(item, error));
  if (typeof item !== 'object' || item === null) return null;
  const { kind, label, url } = item as Partial<ErrorAction>;
  if (!isKind(kind)) return null;
  return action(kind, ui, url === undefined ? urlFor(kind, error) : httpUrl(url), label);
}

/**
 * The actions, primary first. An override list for the error's most specific key replaces them
 * (a bare kind takes the locale's label). Otherwise the primary comes from the error's resolution
 * (`RETRY_LATER` → retry, `REAUTHENTICATE` → reconnect, `ACTION_REQUIRED` / `USER_ACTION_REQUIRED`
 * → open-url, `CONTACT_SUPPORT` → contact-support, `FINANCE` → billing), else from the catalogue,
 * followed by dismiss. An open-url without an http(s) URL leaves only dismiss: a dead button helps
 * no one.
 */
export function resolveActions(
  error: SmartcarError,
  entry: CatalogueEntry,
  ui: UiStrings,
  keys: readonly string[],
  overrides: ActionOverrides | undefined,
): ErrorAction[] {
  const list = findOverride(overrides, keys, (value) => Array.isArray(value));
  if (list !== undefined) {
    const actions: ErrorAction[] = [];
    for (const item of list) {
      const resolved = fromOverride(item, error, ui);
      if (resolved !== null) actions.push(resolved);
    }
    return actions;
  }
  let kind = actionForResolution(error.resolution.type) ?? entry.action;
  const url = urlFor(kind, error);
  if (kind === 'open-url' && url === null) kind = 'dismiss';
  const dismiss = action('dismiss', ui, null);
  return kind === 'dismiss' ? [dismiss] : [action(kind, ui, url), dismiss];
}
