/** The errors the browser benchmarks show, built from the documented payloads. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './paths.mjs';

const PAYLOAD_DIR = resolve(ROOT, 'src/testing/smartcar/payloads');
/** A v2 error body file: `TYPE__CODE__n.json` (no batch, webhook, v3 or v1 shapes). */
const V2_BODY = /^(?!BATCH__|WEBHOOK__|V3__)[A-Z_]+__[A-Za-z_0-9]+__\d+\.json$/;

const read = (file) => JSON.parse(readFileSync(resolve(PAYLOAD_DIR, file), 'utf8'));

/** Every documented v2 error body (the shape a REST call fails with). */
export function v2Bodies() {
  return readdirSync(PAYLOAD_DIR)
    .filter((file) => V2_BODY.test(file))
    .sort()
    .map(read);
}

/** The body of one fixture file. */
export function body(file) {
  return read(file);
}

/**
 * `count` errors for one burst, each with its own request id (as repeated polls get):
 * `distinct` cycles the v2 bodies over `count` vehicles, so every error has its own display key;
 * `same` repeats one body for one vehicle (all of one kind, so the kit coalesces them).
 */
export function burstInputs(mode, count, bodies = v2Bodies()) {
  const sameBody = body('VEHICLE_STATE__UNREACHABLE__1.json');
  return Array.from({ length: count }, (_, n) => {
    const source = mode === 'distinct' ? bodies[n % bodies.length] : sameBody;
    return {
      body: { ...source, requestId: `bench-${mode}-${n}` },
      vehicleName: mode === 'distinct' ? `Car ${n + 1}` : null,
    };
  });
}

/** The five kinds of the storm. */
export const STORM_KIND_FILES = [
  'VEHICLE_STATE__UNREACHABLE__1.json',
  'VEHICLE_STATE__ASLEEP__1.json',
  'RATE_LIMIT__VEHICLE__1.json',
  'UPSTREAM__NO_RESPONSE__1.json',
  'CONNECTED_SERVICES_ACCOUNT__SUBSCRIPTION__1.json',
];
