/**
 * Fleet bench, ingest half: 10,000 webhook events (v4 VEHICLE_ERROR) for 1,000 vehicles fed to
 * `createVehicleIssues().ingest`, as parsed objects and as the raw JSON text a route handler
 * receives, in the minified production core. CPU µs per event (median over rounds, after a warm-up
 * round) and the open issues and groups at the end. `JSON.parse` of the same texts is timed in the
 * same rounds, as the floor every receiver pays. Figures only; nothing is asserted.
 */
import { bundleCore } from '../bench-parse.mjs';
import { fixed, printTable } from './table.mjs';

const NS_PER_MICROSECOND = 1_000;
const DEFAULT_ROUNDS = 5;

/** The kinds of failure the events carry, with what ends them. */
const KINDS = [
  {
    type: 'CONNECTED_SERVICES_ACCOUNT',
    code: 'AUTHENTICATION_FAILED',
    resolution: 'REAUTHENTICATE',
  },
  { type: 'VEHICLE_STATE', code: 'ASLEEP', resolution: 'RETRY_LATER' },
  { type: 'VEHICLE_STATE', code: 'UNREACHABLE', resolution: 'RETRY_LATER' },
  { type: 'COMPATIBILITY', code: 'VEHICLE_NOT_CAPABLE', resolution: 'CONTACT_SUPPORT' },
  { type: 'BILLING', code: 'VEHICLE_LIMIT', resolution: null },
];

/**
 * `events` events over `vehicles` vehicles, in delivery order: each vehicle cycles through the
 * kinds, every third event of a kind resolves it, 5 % are duplicate deliveries (same eventId).
 */
export function fleetEvents({ events = 10_000, vehicles = 1_000 } = {}) {
  const list = [];
  for (let i = 0; i < events; i += 1) {
    if (i > 0 && i % 20 === 0) {
      list.push(list[i - 1]); // a duplicate delivery of the previous event
      continue;
    }
    const car = i % vehicles;
    const kind = KINDS[Math.floor(i / vehicles) % KINDS.length];
    const state = Math.floor(i / vehicles) % 3 === 2 ? 'RESOLVED' : 'ERROR';
    list.push(
      JSON.stringify({
        eventId: `evt-${i}`,
        eventType: 'VEHICLE_ERROR',
        vehicleId: `vehicle-${car}`,
        data: {
          user: { id: `user-${car}` },
          vehicle: { id: `vehicle-${car}`, make: 'TESLA', model: 'Model 3', year: 2020 },
          errors: [
            {
              type: kind.type,
              code: kind.code,
              state,
              description: 'Documented description of the failure.',
              ...(kind.resolution && { resolution: { type: kind.resolution } }),
              signals: [
                { code: 'location-preciselocation', name: 'PreciseLocation', group: 'Location' },
              ],
            },
          ],
        },
        meta: {
          version: '4.0',
          deliveryId: `d-${i}`,
          deliveredAt: 1_761_896_351_529 + i,
          mode: 'LIVE',
        },
      }),
    );
  }
  return list;
}

function cpuNs(run) {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) * NS_PER_MICROSECOND;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchFleetIngest({ rounds = DEFAULT_ROUNDS } = {}) {
  const core = await bundleCore();
  const texts = fleetEvents();
  const samples = { parse: [], objects: [], texts: [] };
  let last = null;
  for (let round = 0; round <= rounds; round += 1) {
    let parsed;
    const parseNs = cpuNs(() => {
      parsed = texts.map((text) => JSON.parse(text));
    });
    const objects = core.createVehicleIssues();
    const objectsNs = cpuNs(() => {
      for (const event of parsed) objects.ingest(event);
    });
    const fromText = core.createVehicleIssues();
    const textsNs = cpuNs(() => {
      for (const text of texts) fromText.ingest(text);
    });
    if (round === 0) continue; // warm-up
    samples.parse.push(parseNs / texts.length);
    samples.objects.push(objectsNs / texts.length);
    samples.texts.push(textsNs / texts.length);
    last = fromText.getSnapshot();
  }
  return {
    events: texts.length,
    vehicles: 1_000,
    parseUs: median(samples.parse) / NS_PER_MICROSECOND,
    objectsUs: median(samples.objects) / NS_PER_MICROSECOND,
    textsUs: median(samples.texts) / NS_PER_MICROSECOND,
    issues: last.issues.length,
    groups: last.groups.map((group) => `${group.action ?? 'none'} ${group.vehicles.length}`),
  };
}

export function printFleetIngest(result) {
  printTable(
    `Fleet: ingesting ${result.events} webhook events for ${result.vehicles} vehicles (CPU µs per event, median)`,
    ['input', 'µs / event', '× JSON.parse'],
    [
      ['JSON.parse alone (the floor)', fixed(result.parseUs, 2), '1.00×'],
      [
        'ingest(parsed object)',
        fixed(result.objectsUs, 2),
        `${fixed(result.objectsUs / result.parseUs, 2)}×`,
      ],
      [
        'ingest(raw JSON text)',
        fixed(result.textsUs, 2),
        `${fixed(result.textsUs / result.parseUs, 2)}×`,
      ],
    ],
  );
  console.log(
    `Open at the end: ${result.issues} issues; groups (action, cars): ${result.groups.join(', ')}.`,
  );
}
