import type { SmartcarErrorJSON, VehicleIssuesSnapshot } from 'smartcar-error-kit/core';

/**
 * One open issue as plain data, the form in which issues cross from the server to the browser
 * (a server component's prop, a Server-Sent Event): a `SmartcarError` instance would arrive as a
 * bare `Error`, its JSON form arrives whole and `ingest` reads it back.
 */
export interface FleetIssueData {
  /** The issue's key on the server (vehicle, type and code). */
  readonly key: string;
  /** How many times Smartcar reported it. */
  readonly count: number;
  /** When it was raised (epoch ms): a new value means it was resolved and raised again. */
  readonly firstSeenAt: number;
  /** The latest failure, as `error.toJSON()`. */
  readonly error: SmartcarErrorJSON;
}

/** The open issues of a snapshot as plain data, oldest first. */
export function toFleetIssueData(snapshot: VehicleIssuesSnapshot): FleetIssueData[] {
  return snapshot.issues.map((issue) => ({
    key: issue.key,
    count: issue.count,
    firstSeenAt: issue.firstSeenAt,
    error: issue.error.toJSON(),
  }));
}
