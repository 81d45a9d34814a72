/**
 * The display model: plain data that says what a person sees for one error.
 * Produced by `toErrorDisplay`; rendered by the components, which parse nothing.
 */
import type { ErrorActionKind, ErrorPoliteness, ErrorSeverity } from '../catalogue/catalogueTypes';
import type { SmartcarErrorJSON, SmartcarErrorState } from '../parse/SmartcarError';

/** One action offered to the person; the first in a list is the primary one. */
export interface ErrorAction {
  readonly kind: ErrorActionKind;
  /** Visible, translated label; also the accessible name. */
  readonly label: string;
  /** Absolute http(s) URL for `open-url`, `reconnect` (Connect link) or `billing`, when known. */
  readonly url?: string;
}

/** A piece of plain text in a message. */
export interface ErrorMessageTextPart {
  readonly kind: 'text';
  readonly text: string;
}

/**
 * A link inside a message (e.g. the API's `<link to Smartcar Connect>` placeholder). Rendered as
 * an `<a>` when `url` is an http(s) URL, otherwise as a button that runs `action`. Never HTML.
 */
export interface ErrorMessageLinkPart {
  readonly kind: 'link';
  readonly text: string;
  readonly url?: string;
  readonly action?: ErrorActionKind;
}

export type ErrorMessagePart = ErrorMessageTextPart | ErrorMessageLinkPart;

/** A view of the API's `detail` fit for display: a labelled list of short strings. */
export interface ErrorDetailView {
  readonly label: string;
  readonly items: readonly string[];
}

/**
 * Everything a component needs to show one error. Plain data end to end (no class instance, no
 * function): it survives `structuredClone`, a `JSON` round trip and a React Server Components
 * prop, and renders the same on the other side. The components read only these fields; what
 * they need from the parsed error (`type`, `code`, `statusCode`, `description`,
 * `retryAfterSeconds`) is copied here.
 */
export interface ErrorDisplay {
  /**
   * Stable for one kind of error on one vehicle (its id, else VIN, else name); repeats with the
   * same key coalesce, and an `ERROR` and its `RESOLVED` share it.
   */
  readonly key: string;
  readonly severity: ErrorSeverity;
  readonly politeness: ErrorPoliteness;
  /**
   * True when the person must act (reconnect, open a link, billing, contact support): no
   * auto-dismiss.
   */
  readonly persistent: boolean;
  readonly title: string;
  /** The user message as text and link parts. */
  readonly message: readonly ErrorMessagePart[];
  /** The same message as one plain string. */
  readonly messageText: string;
  /** What the person can do, primary first. */
  readonly actions: readonly ErrorAction[];
  /** Epoch ms after which a retry makes sense, or null. */
  readonly retryAt: number | null;
  readonly requestId: string | null;
  readonly docURL: string | null;
  readonly detail: ErrorDetailView | null;
  /** The BCP 47 tag of the locale the wording was taken from (`'en'`, `'fr'`, …). */
  readonly locale: string;
  /** The parsed error's type (`'VEHICLE_STATE'`, `'CONNECT'`, `'NETWORK'`, `'UNKNOWN'`…). */
  readonly type: string;
  /** The parsed error's code within its type, or null. */
  readonly code: string | null;
  /**
   * `'RESOLVED'` when Smartcar reported the failure over (a webhook v4 item), else `'ERROR'`.
   * A resolved display has the `key` of the failure it ends (same type, code and vehicle).
   */
  readonly state: SmartcarErrorState;
  /** The HTTP status, or null. */
  readonly statusCode: number | null;
  /** The API's English text for developers; shown only in developer details. */
  readonly description: string | null;
  /** The wait the API announced (`Retry-After`), in seconds, or null; `retryAt` is when it ends. */
  readonly retryAfterSeconds: number | null;
  /**
   * The parsed error as plain data (`SmartcarError#toJSON()`, every field but `raw`), for logs
   * and developer details; `parseSmartcarError(display.error)` gives the `SmartcarError` back.
   */
  readonly error: SmartcarErrorJSON;
}
