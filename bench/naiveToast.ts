/**
 * What an app writes without the kit, shared by the baseline and the peer pages so every library
 * shows the same content: the title is the body's `type` (after the vehicle's name), the message
 * its `suggestedUserMessage` or `description`.
 */
import type { BurstInput } from './benchTypes';

export interface NaiveToast {
  readonly id: number;
  readonly title: string;
  readonly message: string;
}

/**
 * The baseline's and peers' toast duration. Their defaults are 4–5 s; on a loaded machine a burst
 * of 1000 takes longer than that to reach the screen, and the toasts then close one by one, each
 * close re-rendering the others, for minutes; the kit's toasts do not time out during a
 * measurement either. So they last 10 min, and the figures are those of the burst alone.
 */
export const NAIVE_TOAST_DURATION_MS = 600_000;

let seq = 0;

const text = (value: unknown, fallback: string) =>
  typeof value === 'string' && value !== '' ? value : fallback;

/** The body's own fields, as a hand-written app shows them. */
export function naiveToast({ body, vehicleName }: BurstInput): NaiveToast {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const title = text(fields.type, 'Error');
  seq += 1;
  return {
    id: seq,
    title: vehicleName === null ? title : `${vehicleName}: ${title}`,
    message: text(fields.suggestedUserMessage, text(fields.description, 'Something went wrong.')),
  };
}
