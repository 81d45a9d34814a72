import { createVehicleIssues, type VehicleIssuesStore } from 'smartcar-error-kit/core';

const STORE = Symbol.for('voltpark.fleetIssues');
const server = globalThis as typeof globalThis & { [STORE]?: VehicleIssuesStore };

/**
 * What is wrong with the fleet right now, on the server: the webhook route ingests Smartcar's
 * events into it, the fleet page renders it and the stream route sends it to browsers.
 *
 * One store per server process, kept on `globalThis`: Next.js may bundle each route on its own,
 * and a plain module variable could then be one store per route. That is enough for this
 * example (one `next start` process). An app with several server instances keeps the issues in
 * something they share (a database, Redis) and rebuilds the store from it.
 */
export const fleetIssues: VehicleIssuesStore = (server[STORE] ??= createVehicleIssues());
