import { safeGet } from '../parse/safeGet';

/** Below this, a numeric `deliveredAt` is read as seconds (ms since 1970 passed it in 1973). */
const SECONDS_BELOW = 100_000_000_000;
/** Longest `eventId` remembered; longer ones are not real ids. */
const MAX_EVENT_ID_LENGTH = 200;

/** Which delivery an input is: the webhook event's id and when Smartcar delivered it. */
export interface Delivery {
  readonly eventId: string | null;
  /** Epoch ms of `meta.deliveredAt`, or null when the input has none. */
  readonly deliveredAt: number | null;
}

/**
 * Smartcar documents `meta.deliveredAt` both as epoch ms and as an ISO string (WEBHOOKS.md), and
 * older examples in seconds: all three become epoch ms.
 */
function toEpochMs(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    return value < SECONDS_BELOW ? value * 1000 : value;
  }
  if (typeof value === 'string' && value.length <= 40) {
    const time = Date.parse(value);
    return Number.isFinite(time) ? time : null;
  }
  return null;
}

/**
 * Reads the event id and delivery time of a webhook event; nulls for anything else. Never throws.
 */
export function readDelivery(input: unknown): Delivery {
  const eventId = safeGet(input, 'eventId');
  return {
    eventId:
      typeof eventId === 'string' && eventId !== '' && eventId.length <= MAX_EVENT_ID_LENGTH
        ? eventId
        : null,
    deliveredAt: toEpochMs(safeGet(safeGet(input, 'meta'), 'deliveredAt')),
  };
}
