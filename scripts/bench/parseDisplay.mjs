/**
 * Parse, and parse + display, of every documented payload as a ratio to `JSON.parse` of the same
 * bodies in the same interleaved rounds: `benchParse` (scripts/bench-parse.mjs) with one more
 * method, `toErrorDisplay(parseSmartcarError(body), { appName })`.
 */
import { benchParse } from '../bench-parse.mjs';
import { fixed, printTable } from './table.mjs';

/** Rounds and passes for `npm run bench` (fewer than bench-parse's own, to keep the run short). */
const ROUNDS = 11;
const PASSES = 200;
const APP_NAME = 'Fleet Bench';

export function benchParseDisplay() {
  return benchParse({
    rounds: ROUNDS,
    passes: PASSES,
    extraMethods: ({ parseSmartcarError, toErrorDisplay }) => ({
      parseDisplay: (payload) =>
        toErrorDisplay(parseSmartcarError(payload.value ?? payload.text), { appName: APP_NAME }),
    }),
  });
}

const times = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(2)}×`);

export function printParseDisplay(rows) {
  printTable(
    'Parse and display of the documented payloads (median CPU ns per body over interleaved rounds; × = ratio to JSON.parse of the same text)',
    [
      'payloads',
      'bodies',
      'avg chars',
      'JSON.parse',
      'parse(text)',
      '×',
      'parse(object)',
      '×',
      'parse+display',
      '×',
    ],
    rows.map((row) => [
      row.group,
      String(row.bodies),
      String(row.avgBytes),
      fixed(row.jsonParseNs),
      fixed(row.parseStringNs),
      times(row.stringRatio),
      fixed(row.parseObjectNs),
      times(row.objectRatio),
      fixed(row.extra.parseDisplay.ns),
      times(row.extra.parseDisplay.ratio),
    ]),
  );
  console.log(
    'parse+display = toErrorDisplay(parseSmartcarError(object), { appName }); for non-JSON text, of the text.',
  );
}
