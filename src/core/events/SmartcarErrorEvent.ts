import type { ErrorActionKind } from '../catalogue/catalogueTypes';

/**
 * What happened: a failure `shown` on a surface, `repeated` (its count went up), `resolved`
 * (Smartcar said so and it ended), an `action` the person took, `dismissed` by the person,
 * `timed-out` (it went by itself), its `request-id-copied`, and the offline notice
 * `offline-shown` and `offline-ended`.
 */
export type SmartcarErrorEventName =
  | 'shown'
  | 'repeated'
  | 'resolved'
  | 'action'
  | 'dismissed'
  | 'timed-out'
  | 'request-id-copied'
  | 'offline-shown'
  | 'offline-ended';

/** Where the person saw it. */
export type SmartcarErrorEventSurface =
  'banner' | 'toast' | 'support-card' | 'fleet-summary' | 'offline-notice';

/**
 * One thing a person saw or did, for a product team to count (`SmartcarErrorProvider`'s
 * `onEvent`). It never carries message text, URLs, VINs, vehicle or user ids or the app's name;
 * every string is at most 64 characters. `requestId` only with `includeRequestId`.
 */
export interface SmartcarErrorEvent {
  readonly name: SmartcarErrorEventName;
  readonly surface: SmartcarErrorEventSurface;
  /**
   * The error's type (`'VEHICLE_STATE'`, `'NETWORK'`…); `'UNKNOWN'` when it is not a plain
   * identifier.
   */
  readonly type: string;
  /**
   * Its code (`'ASLEEP'`), null when it has none; `'UNKNOWN'` when it is not a plain identifier.
   */
  readonly code: string | null;
  /** Smartcar's resolution type (`'RETRY_LATER'`…), or null. */
  readonly resolution: string | null;
  /** The action taken (`name: 'action'`), or the one a fleet group offers. */
  readonly action?: ErrorActionKind;
  /** How many times it was seen (toasts and fleet groups). */
  readonly count?: number;
  /** How long it was on screen, in ms (`dismissed`, `timed-out`, `offline-ended`). */
  readonly visibleMs?: number;
  /** The request id Smartcar answered with: only when the provider's `includeRequestId` is set. */
  readonly requestId?: string;
}
