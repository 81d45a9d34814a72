import { connection } from 'next/server';
import { fleetIssues } from '../../smartcar/fleetIssues';
import { FleetIssues } from './FleetIssues';
import { toFleetIssueData } from './fleetIssueData';

/**
 * The fleet page: what is wrong with the cars right now, as Smartcar's webhooks reported it
 * (app/api/smartcar/webhooks/route.ts). Rendered on the server from the server's store, so the
 * issues already known are in the first HTML; then kept live in the browser.
 */
export default async function FleetPage() {
  // Rendered per request: the issues are today's, not the build's.
  await connection();
  return (
    <main>
      <h1>Fleet</h1>
      <FleetIssues initialIssues={toFleetIssueData(fleetIssues.getSnapshot())} />
    </main>
  );
}
