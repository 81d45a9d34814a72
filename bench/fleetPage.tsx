/**
 * Benchmark page: `FleetIssueSummary` of a store that already holds `vehicles` cars' issues
 * (webhook v4 VEHICLE_ERROR events, 60 % lost permission, 30 % unreachable, 10 % an unsupported
 * feature). `window.fleetBench.run(vehicles)` mounts it and returns the ms from `render()` to the
 * second frame after React's commit, the DOM elements inside the summary, then the same for an
 * update (one more car loses its permission) once the page is quiet.
 */
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { FleetIssueSummary, SmartcarErrorProvider, createVehicleIssues } from 'smartcar-error-kit';
import '../src/theme/styles.css';
import type { FleetRenderResult } from './benchTypes';
import { createCommitLog } from './commitLog';

const KINDS = [
  {
    share: 0.6,
    error: { type: 'CONNECTED_SERVICES_ACCOUNT', code: 'PERMISSION' },
    resolution: 'REAUTHENTICATE',
  },
  { share: 0.3, error: { type: 'UPSTREAM', code: 'NO_RESPONSE' }, resolution: 'RETRY_LATER' },
  {
    share: 0.1,
    error: { type: 'COMPATIBILITY', code: 'VEHICLE_NOT_CAPABLE' },
    resolution: 'CONTACT_SUPPORT',
  },
];
const MAKES = ['TESLA', 'BMW', 'KIA', 'FORD'];
const DELIVERED_AT = 1_761_896_351_529;

/** The VEHICLE_ERROR event of car number `car`. */
function eventFor(car: number, kind: (typeof KINDS)[number]) {
  return {
    eventId: `evt-${car}-${kind.error.code}`,
    eventType: 'VEHICLE_ERROR',
    vehicleId: `vehicle-${car}`,
    data: {
      vehicle: {
        id: `vehicle-${car}`,
        make: MAKES[car % MAKES.length],
        model: 'Model 3',
        year: 2020,
      },
      errors: [{ ...kind.error, state: 'ERROR', resolution: { type: kind.resolution } }],
    },
    meta: { version: '4.0', deliveryId: `d-${car}`, deliveredAt: DELIVERED_AT + car },
  };
}

/** Resolves after the second animation frame from now: the commit has been painted. */
const twoFrames = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
  );

async function run(vehicles: number): Promise<FleetRenderResult> {
  const issues = createVehicleIssues();
  let car = 0;
  for (const kind of KINDS) {
    const end = Math.min(vehicles, car + Math.ceil(vehicles * kind.share));
    for (; car < end; car += 1) issues.ingest(eventFor(car, kind));
  }
  const log = createCommitLog();
  const container = document.getElementById('root')!;
  const summaryNodes = () =>
    container.querySelector('[data-sek-component="fleet"]')?.querySelectorAll('*').length ?? 0;

  const start = performance.now();
  createRoot(container).render(
    <Profiler id="fleet" onRender={log.onRender}>
      <SmartcarErrorProvider appName="Fleet Bench" onReconnect={() => {}} onRetry={() => {}}>
        <FleetIssueSummary issues={issues} />
      </SmartcarErrorProvider>
    </Profiler>,
  );
  while (log.records.length === 0) await twoFrames();
  const mountMs = (await twoFrames()) - start;
  const nodes = summaryNodes();

  await new Promise((resolve) => setTimeout(resolve, 200));
  log.reset();
  const updateStart = performance.now();
  issues.ingest(eventFor(vehicles, KINDS[0]!));
  while (log.records.length === 0) await twoFrames();
  const updateMs = (await twoFrames()) - updateStart;
  return { vehicles, mountMs, updateMs, nodes, nodesAfterUpdate: summaryNodes() };
}

(window as unknown as { fleetBench: unknown }).fleetBench = { run };
