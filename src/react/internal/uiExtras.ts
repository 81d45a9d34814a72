/**
 * Internal: labels the components need that `UiStrings` does not (yet) carry. A locale pack may
 * provide any of them under the same key (it wins); otherwise this table answers by language,
 * then in English. Developer-only labels stay English on purpose: the text they label
 * (`description`, raw JSON) is English too.
 */

/** Labels beyond `UiStrings`, all plain text (no tokens). */
export interface ExtraUiStrings {
  /** Appended, visually hidden, to links that open a new tab. */
  readonly opensInNewTab: string;
  /** Announced once when a retry countdown ends. */
  readonly retryReady: string;
}

const EXTRAS: Readonly<Record<string, ExtraUiStrings>> = {
  en: { opensInNewTab: '(opens in a new tab)', retryReady: 'You can try again now.' },
  fr: {
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    retryReady: 'Vous pouvez réessayer maintenant.',
  },
  de: {
    opensInNewTab: '(öffnet in einem neuen Tab)',
    retryReady: 'Sie können es jetzt erneut versuchen.',
  },
  es: {
    opensInNewTab: '(se abre en una pestaña nueva)',
    retryReady: 'Ya puede volver a intentarlo.',
  },
};

/** Developer-details labels (English only, see above). */
export const DEVELOPER_LABELS = {
  description: 'Description',
  documentation: 'Documentation',
  raw: 'Raw error (JSON)',
  type: 'Type',
  status: 'HTTP status',
} as const;

/** The extra labels for a BCP 47 tag (`fr-CA` → `fr`), English when the language is unknown. */
export function extraUiStrings(locale: string): ExtraUiStrings {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return EXTRAS[language] ?? (EXTRAS.en as ExtraUiStrings);
}
