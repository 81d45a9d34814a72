'use client';
import { useEffect, useState } from 'react';
// In the browser, the store comes from the main entry, as the components that read it do.
import { createVehicleIssues, FleetIssueSummary } from 'smartcar-error-kit';
import { useToasterFollows } from '../followIssues';
import type { FleetIssueData } from './fleetIssueData';
import { mirrorFleetIssues } from './mirrorFleetIssues';

/** The server's Server-Sent Events of open issues (app/api/smartcar/issues/stream/route.ts). */
const ISSUES_STREAM = '/api/smartcar/issues/stream';

/**
 * The fleet's open issues, live: a browser-side store, filled first from the issues the server
 * rendered the page with (so the first HTML already shows them), then kept in step with the
 * server's stream. The summary renders the store, and the app's toaster follows it.
 */
export function FleetIssues({
  initialIssues,
}: {
  readonly initialIssues: readonly FleetIssueData[];
}) {
  const [{ issues, mirror }] = useState(() => {
    const store = createVehicleIssues();
    const mirrorStore = mirrorFleetIssues(store);
    mirrorStore(initialIssues);
    return { issues: store, mirror: mirrorStore };
  });

  useToasterFollows(issues);

  useEffect(() => {
    const source = new EventSource(ISSUES_STREAM);
    source.onmessage = (message: MessageEvent<string>) => {
      const list: unknown = JSON.parse(message.data);
      if (Array.isArray(list)) mirror(list as FleetIssueData[]);
    };
    // EventSource reconnects by itself; the next list after it does puts the store right.
    return () => source.close();
  }, [mirror]);

  return <FleetIssueSummary issues={issues} />;
}
