/**
 * Internal: developer-only labels. They stay English on purpose: the text they label
 * (`description`, raw JSON) is English too. Every label an end user sees is in `UiStrings`.
 */

/** Developer-details labels (English only, see above). */
export const DEVELOPER_LABELS = {
  description: 'Description',
  documentation: 'Documentation',
  raw: 'Error (JSON)',
  type: 'Type',
  status: 'HTTP status',
} as const;
